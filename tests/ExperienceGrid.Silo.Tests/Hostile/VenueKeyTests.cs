using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ExperienceGrid.Silo.Tests.Infrastructure;

namespace ExperienceGrid.Silo.Tests.Hostile;

public sealed class VenueKeyTests : IAsyncLifetime
{
    private const string VenueKey = "venue-key-1";

    private static readonly string _own = DemoChain.Config.Venues[0].Id;
    private static readonly string _alsoOwn = DemoChain.Config.Venues[1].Id;
    private static readonly string _other = DemoChain.Config.Venues[2].Id;

    private readonly SiloFactory _silo = new(new()
    {
        ["Ingestion:VenueKeys:0:Key"] = VenueKey,
        ["Ingestion:VenueKeys:0:Venues:0"] = _own,
        ["Ingestion:VenueKeys:0:Venues:1"] = _alsoOwn,
    });

    private HttpClient _venue = null!;

    public Task InitializeAsync()
    {
        _venue = _silo.CreateClient();
        _venue.DefaultRequestHeaders.Add("X-Api-Key", VenueKey);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _venue.Dispose();
        await _silo.DisposeAsync();
    }

    [Fact]
    public async Task A_venue_key_posting_for_another_venue_is_refused_whole_naming_the_item()
    {
        var batch = new JsonArray(
            Touchpoints.Make("vk-1", "cust-vk", venueId: _own),
            Touchpoints.Make("vk-2", "cust-vk", venueId: _other),
            Touchpoints.Make("vk-3", "cust-vk", venueId: _alsoOwn));

        using var refused = await _venue.PostAsJsonAsync("/api/touchpoints", batch);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["[1].venueId"], errors.EnumerateObject().Select(e => e.Name));

        // Nothing of the batch was applied: its own venues' events are new when sent again.
        using var own = await _venue.PostAsJsonAsync("/api/touchpoints", new JsonArray(
            Touchpoints.Make("vk-1", "cust-vk", venueId: _own), Touchpoints.Make("vk-3", "cust-vk", venueId: _alsoOwn)));
        Assert.Equal(HttpStatusCode.Accepted, own.StatusCode);
        var answer = await own.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, answer.GetProperty("accepted").GetInt32());
        Assert.Equal(0, answer.GetProperty("duplicates").GetInt32());
    }

    [Fact]
    public async Task Keys_of_Ingestion_ApiKeys_still_post_for_every_venue()
    {
        using var chainKey = _silo.CreateChainManagerClient();

        using var response = await chainKey.PostAsJsonAsync("/api/touchpoints", Touchpoints.Make("vk-chain", "cust-vk-chain", venueId: _other));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task A_venue_key_naming_an_unknown_venue_stops_the_silo_at_start()
    {
        var folder = TempFolder.Create("eg-venue-key");
        try
        {
            using var silo = SiloProcess.Start(
                "--urls", $"http://127.0.0.1:{SiloProcess.FreePort()}", "--data-dir", folder,
                "--Ingestion:VenueKeys:0:Key", "k", "--Ingestion:VenueKeys:0:Venues:0", "atlantis");

            Assert.Equal(1, await silo.WaitForExitAsync(TimeSpan.FromSeconds(60)));
            Assert.Contains("Ingestion:VenueKeys:0:Venues names unknown venue 'atlantis'", silo.Errors, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", silo.Output);
        }
        finally
        {
            TempFolder.Delete(folder);
        }
    }
}
