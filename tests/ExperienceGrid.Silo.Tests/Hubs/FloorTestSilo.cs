using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ExperienceGrid.Silo.Tests.Infrastructure;

namespace ExperienceGrid.Silo.Tests.Hubs;

/// <summary>A silo with demo users and quick dashboard pushes, plus sign-in, hub and ingestion helpers.</summary>
public sealed class FloorTestSilo : IAsyncDisposable
{
    private FloorTestSilo(SiloFactory factory)
    {
        Factory = factory;
        Ingest = factory.CreateChainManagerClient();
    }

    public SiloFactory Factory { get; }

    /// <summary>Ingests, and reads as the chain manager.</summary>
    public HttpClient Ingest { get; }

    public static FloorTestSilo Start(TimeSpan? claimTimeout = null) =>
        new(new SiloFactory(new Dictionary<string, string?>
        {
            ["Auth:DemoUsers"] = "true",
            ["Alerts:ClaimTimeout"] = (claimTimeout ?? TimeSpan.FromMinutes(5)).ToString("c"),
            ["Dashboard:VenueUpdateInterval"] = "00:00:00.100",
            ["Dashboard:ChainUpdateInterval"] = "00:00:00.200",
        }));

    public static string VenueId(int index) => DemoChain.Config.Venues[index].Id;

    public async Task<string> SignInAsync(string user, string password = "demo")
    {
        using var response = await Ingest.PostAsJsonAsync("/api/auth/token", new { user, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    /// <summary>One request signed in as <paramref name="user"/>, with <paramref name="body"/> as JSON when given.</summary>
    public async Task<HttpResponseMessage> SendAsAsync(string user, HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await SignInAsync(user));
        return await Ingest.SendAsync(request);
    }

    /// <summary>Signs <paramref name="user"/> in and connects to <paramref name="hub"/> with the token.</summary>
    public async Task<HubTestClient> ConnectAsync(string user, string hub = "/hubs/floor") =>
        await HubTestClient.ConnectAsync(HubUrl(hub), await SignInAsync(user));

    public Uri HubUrl(string hub = "/hubs/floor") => new(Factory.ServerAddress, hub);

    /// <summary>Visit start and two miseries: repeated misery puts the guest at risk. Returns the last event id.</summary>
    public async Task<string> MakeAtRiskAsync(string customerId, string venueId)
    {
        await IngestAsync(Touchpoints.AtRiskVisit(customerId, venueId));
        return $"{customerId}-complaint";
    }

    public async Task IngestAsync(params JsonObject[] touchpoints)
    {
        using var response = await Ingest.PostAsJsonAsync("/api/touchpoints", new JsonArray(touchpoints));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    public async ValueTask DisposeAsync()
    {
        Ingest.Dispose();
        await Factory.DisposeAsync();
    }
}
