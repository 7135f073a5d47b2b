using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ExperienceGrid.Silo.Tests.Infrastructure;

namespace ExperienceGrid.Silo.Tests.Access;

/// <summary>
/// One silo with demo users and a one-hour recent-visit window, holding guests whose visits are open, recently ended,
/// ended too long ago, or moved on to another venue; event times place the visits, so no clock needs faking.
/// </summary>
public sealed class AccessSilo : IAsyncLifetime
{
    public const string Anonymous = "";

    /// <summary>Two venues of one region and one of another.</summary>
    public static readonly string VenueA = DemoChain.Config.Venues[0].Id;
    public static readonly string VenueC = DemoChain.Config.Venues[1].Id;
    public static readonly string VenueB = DemoChain.Config.Venues[7].Id;
    public static readonly string RegionA = DemoChain.Config.Venues[0].RegionId;
    public static readonly string RegionB = DemoChain.Config.Venues[7].RegionId;

    public static readonly TimeSpan RecentVisitWindow = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);
    private readonly SiloFactory _factory = new(new Dictionary<string, string?>
    {
        ["Auth:DemoUsers"] = "true",
        ["Auth:RecentVisitWindow"] = RecentVisitWindow.ToString("c"),
    });

    private HttpClient _http = null!;

    public IServiceProvider Services => _factory.Services;

    public async Task InitializeAsync()
    {
        _http = _factory.CreateClient();
        var now = DateTimeOffset.UtcNow;
        await IngestAsync(
            Visit("am-open", VenueA, now.AddMinutes(-10), ended: null),
            Visit("am-recent", VenueA, now.AddMinutes(-40), ended: now.AddMinutes(-30)),
            Visit("am-old", VenueA, now.AddMinutes(-150), ended: now.AddMinutes(-140)),
            Visit("am-moved", VenueA, now.AddMinutes(-30), ended: now.AddMinutes(-20)),
            Visit("am-moved", VenueB, now.AddMinutes(-5), ended: null, id: "b"),
            Touchpoints.AtRiskVisit("am-risk-a", VenueA, now),
            Touchpoints.AtRiskVisit("am-risk-b", VenueB, now));
        await Eventually.Until(() => SendAsync("chain.manager", "/api/alerts"), r => r.Content.GetArrayLength() == 2, what: "an alert at each of two venues");
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _factory.DisposeAsync();
    }

    /// <summary>GET <paramref name="path"/> as <paramref name="user"/> (a demo user, signed in over HTTP; <see cref="Anonymous"/>: no token).</summary>
    public async Task<(HttpStatusCode Status, JsonElement Content)> SendAsync(string user, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (user != Anonymous)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(user));
        }

        using var response = await _http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, body.Length > 0 && response.Content.Headers.ContentType?.MediaType?.Contains("json") == true
            ? JsonDocument.Parse(body).RootElement.Clone()
            : default);
    }

    private async Task<string> TokenAsync(string user)
    {
        if (_tokens.TryGetValue(user, out var token))
        {
            return token;
        }

        using var response = await _http.PostAsJsonAsync("/api/auth/token", new { user, password = "demo" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        return _tokens[user] = token;
    }

    private async Task IngestAsync(params JsonObject[][] touchpoints)
    {
        using var ingest = _factory.CreateClient();
        ingest.DefaultRequestHeaders.Add("X-Api-Key", SiloFactory.ApiKey);
        using var response = await ingest.PostAsJsonAsync("/api/touchpoints", new JsonArray([.. touchpoints.SelectMany(t => t)]));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    private static JsonObject[] Visit(string customer, string venue, DateTimeOffset started, DateTimeOffset? ended, string id = "a") =>
        ended is { } end
            ? [Touchpoints.Make($"{customer}-{id}-start", customer, "visit.start", venueId: venue, at: started),
               Touchpoints.Make($"{customer}-{id}-end", customer, "visit.end", venueId: venue, at: end)]
            : [Touchpoints.Make($"{customer}-{id}-start", customer, "visit.start", venueId: venue, at: started)];
}
