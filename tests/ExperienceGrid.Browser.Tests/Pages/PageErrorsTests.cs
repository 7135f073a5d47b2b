using ExperienceGrid.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ExperienceGrid.Browser.Tests.Pages;

/// <summary>Every page loads, signs in, goes live and renders without a console error, a failed request or a 404.</summary>
public sealed class PageErrorsTests : PageTest
{
    [Theory]
    [InlineData("/", "index")]
    [InlineData("/floor.html?user=staff.{venue}&password=demo", "floor")]
    [InlineData("/journey.html?user=chain.manager&password=demo", "journey")]
    public async Task A_page_renders_with_its_favicon_and_no_console_error(string path, string name)
    {
        var venue = KestrelSilo.Venue(7);
        await Silo.IngestAsync(
            KestrelSilo.Touchpoint($"pe-{name}-start", $"pe-{name}", venue, "visit.start"),
            KestrelSilo.Touchpoint($"pe-{name}-no", $"pe-{name}", venue, "staff.said_no"),
            KestrelSilo.Touchpoint($"pe-{name}-complaint", $"pe-{name}", venue, "complaint"));
        var (page, errors) = await Browser.OpenWatchedAsync(new Uri(Silo.BaseAddress, path.Replace("{venue}", venue, StringComparison.Ordinal)));

        if (name == "index")
        {
            await Expect(page.Locator("nav.cards a")).ToHaveCountAsync(3);
        }
        else
        {
            await Expect(page.Locator("#status")).ToHaveTextAsync("live", Patiently);
            var rendered = name == "floor" ? page.Locator($".alert[data-customer-id='pe-{name}']") : page.Locator(".cell[data-touchpoint='complaint']");
            await Expect(rendered).ToBeVisibleAsync(new() { Timeout = 20_000 });
        }

        var icon = await page.Locator("link[rel=icon]").GetAttributeAsync("href");
        using var answer = await Silo.Http.GetAsync(new Uri(new Uri(page.Url), icon));
        Assert.Equal(System.Net.HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("image/svg+xml", answer.Content.Headers.ContentType?.MediaType);
        await page.KeepScreenshotAsync(name);
        errors.AssertNone();
    }

    [Theory]
    [InlineData("dashboard")]
    [InlineData("journey")]
    [InlineData("floor")]
    public async Task A_page_with_an_expired_token_ends_the_session_and_asks_to_sign_in_again(string name)
    {
        var (page, errors) = await Browser.OpenWatchedAsync(new Uri(Silo.BaseAddress, $"/{name}.html"));
        await page.EvaluateAsync("""() => sessionStorage.setItem("eg.session", JSON.stringify({ user: "chain.manager", token: "expired", role: "chainManager", venues: [] }))""");

        await page.ReloadAsync();

        await Expect(page.Locator("#signin")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(page.Locator("#app")).ToBeHiddenAsync();
        Assert.Null(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('eg.session')"));
        // Only the refused read of the chain's names (and the browser's own line about it): nothing uncaught.
        Assert.NotEmpty(errors.Errors);
        Assert.All(errors.Errors, e => Assert.Matches("^(401: GET |console: Failed to load resource: .*401).*/api/chain", e));
    }
}
