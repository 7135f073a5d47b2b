using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ExperienceGrid.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExperienceGrid.Browser.Tests.Pages;

/// <summary>What the dashboard tests do to the silo and the page: a guest at risk, a claim, the page opened live.</summary>
internal static class DashboardSteps
{
    /// <summary>A visit turned miserable (told no, then a complaint) from <paramref name="at"/>: the venue raises an alert.</summary>
    public static Task AtRiskAsync(this KestrelSilo silo, string customerId, string venueId, DateTimeOffset at, string? displayName = null)
    {
        var start = KestrelSilo.Touchpoint($"{customerId}-start", customerId, venueId, "visit.start", at: at);
        if (displayName is not null)
        {
            start["attributes"] = new JsonObject { ["displayName"] = displayName };
        }

        return silo.IngestAsync(
            start,
            KestrelSilo.Touchpoint($"{customerId}-no", customerId, venueId, "staff.said_no", at: at.AddSeconds(30)),
            KestrelSilo.Touchpoint($"{customerId}-complaint", customerId, venueId, "complaint", at: at.AddSeconds(60)));
    }

    /// <summary>Claims an alert as a demo user. Alert ids are "{venueId}:{sequence}", numbered as the venue raises them.</summary>
    public static async Task ClaimAsync(this KestrelSilo silo, string alertId, string user)
    {
        using var signIn = await silo.Http.PostAsJsonAsync("/api/auth/token", new { user, password = "demo" });
        var token = (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        using var claim = new HttpRequestMessage(HttpMethod.Post, $"/api/alerts/{alertId}/claim");
        claim.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await silo.Http.SendAsync(claim)).EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Resolves an alert as a demo user with the first action of its playbook (POST /api/alerts/{id}/resolve), claiming
    /// it if nobody has; returns the action.
    /// </summary>
    public static async Task<string> ResolveAsync(this KestrelSilo silo, string alertId, string user)
    {
        var venueId = alertId[..alertId.LastIndexOf(':')];
        var alert = (await silo.GetAsAsync(user, $"/api/alerts?venueId={venueId}")).EnumerateArray().Single(a => a.GetProperty("alertId").GetString() == alertId);
        var action = alert.GetProperty("actions")[0].GetString()!;
        using var signIn = await silo.Http.PostAsJsonAsync("/api/auth/token", new { user, password = "demo" });
        using var resolve = new HttpRequestMessage(HttpMethod.Post, $"/api/alerts/{alertId}/resolve") { Content = JsonContent.Create(new { action }) };
        resolve.Headers.Authorization = new AuthenticationHeaderValue("Bearer", (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString());
        (await silo.Http.SendAsync(resolve)).EnsureSuccessStatusCode();
        return action;
    }

    /// <summary>A touchpoint that names the member of staff who served it (<c>staffId</c>).</summary>
    public static JsonObject ServedBy(this JsonObject touchpoint, string staffId)
    {
        touchpoint["staffId"] = staffId;
        return touchpoint;
    }

    /// <summary>The dashboard signed in as <paramref name="user"/> at <paramref name="size"/>, once it is live, watched for errors.</summary>
    public static async Task<(IPage Page, ConsoleErrors Errors)> OpenDashboardAsync(this Chromium browser, KestrelSilo silo, string user, ViewportSize size)
    {
        var page = await browser.Context.NewPageAsync();
        await page.SetViewportSizeAsync(size.Width, size.Height);
        var errors = ConsoleErrors.Watch(page);
        await page.GotoAsync(new Uri(silo.BaseAddress, $"/dashboard.html?user={user}&password=demo").ToString());
        await Expect(page.Locator("#status")).ToHaveTextAsync("live", new() { Timeout = 20_000 });
        return (page, errors);
    }

    /// <summary>Turns an open page into a <see cref="Chromium.PhoneViewport"/> and waits until, once the charts have followed the resize, nothing scrolls it sideways.</summary>
    public static async Task ResizeToPhoneAsync(this IPage page)
    {
        await page.SetViewportSizeAsync(Chromium.PhoneViewport.Width, Chromium.PhoneViewport.Height);
        await page.WaitForFunctionAsync("() => document.documentElement.scrollWidth <= innerWidth", null, new() { Timeout = 5_000 });
    }
}
