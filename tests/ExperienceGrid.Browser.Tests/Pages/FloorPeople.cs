using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ExperienceGrid.Browser.Tests.Infrastructure;

namespace ExperienceGrid.Browser.Tests.Pages;

/// <summary>Guests with display names, users as the floor page names them, and alerts read and claimed over HTTP.</summary>
internal static partial class FloorPeople
{
    /// <summary>A touchpoint that also tells the guest's display name (the <c>displayName</c> attribute).</summary>
    public static JsonObject Named(string eventId, string customerId, string venueId, string kind, string displayName, DateTimeOffset? at = null)
    {
        var touchpoint = KestrelSilo.Touchpoint(eventId, customerId, venueId, kind, at: at);
        touchpoint["attributes"] = new JsonObject { ["displayName"] = displayName };
        return touchpoint;
    }

    /// <summary>A user as <c>EG.names().user</c> shows one, from GET /api/chain's <c>users</c>: "Priya (staff)".</summary>
    public static async Task<string> LabelAsync(KestrelSilo silo, string user)
    {
        var entry = (await silo.GetAsAsync(user, "/api/chain")).GetProperty("users").GetProperty(user);
        var role = CamelHump().Replace(entry.GetProperty("role").GetString()!, "$1 $2").ToLowerInvariant();
        return $"{entry.GetProperty("name").GetString()} ({role})";
    }

    /// <summary>The venue's open alerts as <paramref name="user"/> reads them (GET /api/alerts).</summary>
    public static async Task<JsonElement[]> OpenAlertsAsync(KestrelSilo silo, string user, string venueId) =>
        [.. (await silo.GetAsAsync(user, $"/api/alerts?venueId={venueId}")).EnumerateArray()];

    /// <summary>Claims an alert over HTTP as <paramref name="user"/> (POST /api/alerts/{id}/claim).</summary>
    public static async Task ClaimAsync(KestrelSilo silo, string user, string alertId)
    {
        using var signIn = await silo.Http.PostAsJsonAsync("/api/auth/token", new { user, password = "demo" });
        signIn.EnsureSuccessStatusCode();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/alerts/{Uri.EscapeDataString(alertId)}/claim");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString());
        using var response = await silo.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
    }

    [GeneratedRegex("([a-z])([A-Z])")]
    private static partial Regex CamelHump();
}
