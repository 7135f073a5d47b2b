using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using ExperienceGrid.Domain.Venues;
using ExperienceGrid.Silo.Tests.Hubs;
using ExperienceGrid.Silo.Tests.Infrastructure;

namespace ExperienceGrid.Silo.Tests.Apis;

public sealed class ChainApiTests : IAsyncLifetime
{
    private readonly FloorTestSilo _silo = FloorTestSilo.Start();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task The_chain_needs_a_sign_in()
    {
        using var anonymous = _silo.Factory.CreateClient();
        using var response = await anonymous.GetAsync("/api/chain");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task A_region_manager_gets_the_regions_venues_and_every_name_in_words()
    {
        var chain = await GetChainAsync("region.north");

        var north = DemoChain.Config.Venues.Where(v => v.RegionId == "north").Select(v => v.Id);
        Assert.Equal(north, chain.GetProperty("venues").EnumerateArray().Select(v => v.GetProperty("id").GetString()));
        Assert.Equal(["north"], chain.GetProperty("regions").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(DemoChain.Config.Name, chain.GetProperty("name").GetString());
        Assert.Equal("Queue wait", chain.GetProperty("touchpoints").GetProperty("queue.wait").GetString());
        Assert.Equal("Needless transfer", chain.GetProperty("antiPatterns").GetProperty("needlessTransfer").GetString());
        Assert.Equal("WOW", chain.GetProperty("moments").GetProperty("wow").GetString());
        Assert.Equal("Follow-up", chain.GetProperty("stages").GetProperty("followUp").GetString());
        Assert.Equal("Ended", chain.GetProperty("alertStatuses").GetProperty("expired").GetString());
        Assert.Equal("Cafés", chain.GetProperty("venueTypes").GetProperty("cafe").GetString());
        Assert.Equal("Platinum", chain.GetProperty("tiers").GetProperty("platinum").GetString());
        var levels = chain.GetProperty("priorityLevels").EnumerateArray().ToList();
        Assert.Equal(["urgent", "high", "watch"], levels.Select(l => l.GetProperty("level").GetString()));
        Assert.Equal(0, levels[^1].GetProperty("from").GetDouble());
    }

    [Fact]
    public async Task Every_alert_status_the_hubs_send_has_a_name()
    {
        var statuses = typeof(AlertStatus).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();

        var names = (await GetChainAsync("chain.manager")).GetProperty("alertStatuses");

        Assert.Equal(5, statuses.Count);
        Assert.All(statuses, s => Assert.False(string.IsNullOrWhiteSpace(names.GetProperty(s).GetString()), s));
        Assert.Equal(statuses.Count, names.EnumerateObject().Count());
    }

    [Fact]
    public async Task Staff_get_only_their_venue_with_its_zones()
    {
        var venue = DemoChain.Config.Venues[2];

        var chain = await GetChainAsync($"staff.{venue.Id}");

        var only = Assert.Single(chain.GetProperty("venues").EnumerateArray());
        Assert.Equal(venue.Name, only.GetProperty("name").GetString());
        Assert.Equal(venue.Zones, only.GetProperty("zones").EnumerateArray().Select(z => z.GetString()));
        Assert.Equal([venue.RegionId], chain.GetProperty("regions").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Staff_see_the_names_of_the_people_of_their_venue_and_no_one_elses()
    {
        var venue = DemoChain.Config.Venues[2];
        var other = DemoChain.Config.Venues[3];

        var users = (await GetChainAsync($"staff.{venue.Id}")).GetProperty("users");

        var colleague = users.GetProperty($"manager.{venue.Id}");
        Assert.Equal("venueManager", colleague.GetProperty("role").GetString());
        Assert.False(string.IsNullOrWhiteSpace(colleague.GetProperty("name").GetString()));
        Assert.NotEqual($"manager.{venue.Id}", colleague.GetProperty("name").GetString());
        Assert.True(users.TryGetProperty("chain.manager", out _));
        Assert.False(users.TryGetProperty($"staff.{other.Id}", out _));
        Assert.False(users.TryGetProperty("operator", out _));
    }

    [Fact]
    public async Task The_operator_without_venues_sees_only_their_own_name()
    {
        var users = (await GetChainAsync("operator")).GetProperty("users");

        var only = Assert.Single(users.EnumerateObject());
        Assert.Equal(("operator", "Alex", "operator"), (only.Name, only.Value.GetProperty("name").GetString(), only.Value.GetProperty("role").GetString()));
    }

    [Fact]
    public async Task Sign_in_answers_the_users_display_name()
    {
        using var response = await _silo.Ingest.PostAsJsonAsync("/api/auth/token", new { user = "chain.manager", password = "demo" });

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Morgan", body.GetProperty("name").GetString());
    }

    private async Task<JsonElement> GetChainAsync(string user)
    {
        using var response = await _silo.SendAsAsync(user, HttpMethod.Get, "/api/chain");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
