using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ExperienceGrid.Browser.Tests.Infrastructure;

/// <summary>A silo on a real Kestrel loopback port (browsers need one), its own SQLite folder, demo users on.</summary>
public sealed class KestrelSilo : WebApplicationFactory<Program>
{
    public const string ApiKey = "browser-test-key";

    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), $"eg-browser-{Guid.NewGuid():N}");
    private readonly IReadOnlyDictionary<string, string> _settings;

    /// <param name="settings">More configuration, e.g. <c>Demo:Enabled</c>.</param>
    public KestrelSilo(IReadOnlyDictionary<string, string>? settings = null)
    {
        _settings = settings ?? new Dictionary<string, string>();
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First().Replace("[::1]", "127.0.0.1", StringComparison.Ordinal));
        Http = new HttpClient { BaseAddress = BaseAddress };
        Http.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
    }

    public Uri BaseAddress { get; }

    public HttpClient Http { get; }

    public static string Venue(int index) => Chain.Venues[index];

    /// <summary>Posts touchpoints; returns when the silo answered 202 (the event is durable).</summary>
    public async Task IngestAsync(params JsonObject[] touchpoints)
    {
        using var response = await Http.PostAsJsonAsync("/api/touchpoints", new JsonArray(touchpoints));
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            throw new InvalidOperationException($"Ingestion answered {response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    /// <summary>GET <paramref name="path"/> as a demo user, signed in over HTTP as the pages do.</summary>
    public async Task<JsonElement> GetAsAsync(string user, string path)
    {
        using var signIn = await Http.PostAsJsonAsync("/api/auth/token", new { user, password = "demo" });
        signIn.EnsureSuccessStatusCode();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString());
        using var response = await Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static JsonObject Touchpoint(string eventId, string customerId, string venueId, string kind, string? outcome = null, DateTimeOffset? at = null)
    {
        var touchpoint = new JsonObject
        {
            ["eventId"] = eventId,
            ["customerId"] = customerId,
            ["venueId"] = venueId,
            ["touchpoint"] = kind,
            ["at"] = (at ?? DateTimeOffset.UtcNow).ToString("O"),
        };
        if (outcome is not null)
        {
            touchpoint["outcome"] = outcome;
        }

        return touchpoint;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Grid:DataDirectory", _dataDirectory);
        // Silos of other test projects may run meanwhile: each silo takes its own Orleans port.
        builder.UseSetting("Grid:SiloPort", FreePort().ToString(CultureInfo.InvariantCulture));
        builder.UseSetting("Ingestion:ApiKeys:0", ApiKey);
        builder.UseSetting("Auth:DemoUsers", "true");
        builder.UseSetting("Dashboard:VenueUpdateInterval", "00:00:00.200");
        builder.UseSetting("Dashboard:ChainUpdateInterval", "00:00:00.400");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        // The test host hands settings to the silo as arguments, the "Chain" section itself as "--Chain=", which the
        // silo's --chain switch reads as the config path: named again, after it, when a test sets a Chain setting.
        if (_settings.Keys.Any(k => k.StartsWith("Chain:", StringComparison.Ordinal)) && !_settings.ContainsKey("Chain:ConfigPath"))
        {
            builder.UseSetting("Chain:ConfigPath", "demo-chain.json");
        }
    }

    public override async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await base.DisposeAsync();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
