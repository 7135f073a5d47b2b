using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ExperienceGrid.Silo.Tests.Hubs;

public sealed class SignInTests : IAsyncLifetime
{
    private readonly FloorTestSilo _silo = FloorTestSilo.Start();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    [Theory]
    [InlineData("chain.manager", "chainManager", 14)]
    [InlineData("region.north", "regionManager", -1)]
    [InlineData("staff.blaze-manchester-piccadilly", "staff", 1)]
    public async Task Demo_users_get_a_token_with_their_role_and_venues(string user, string role, int venues)
    {
        using var response = await _silo.Ingest.PostAsJsonAsync("/api/auth/token", new { user, password = "demo" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(role, body.GetProperty("role").GetString());
        Assert.Equal(3, body.GetProperty("token").GetString()!.Split('.').Length);
        var count = body.GetProperty("venues").GetArrayLength();
        Assert.True(venues < 0 ? count is > 1 and < 14 : count == venues, $"{count} venues");
    }

    [Fact]
    public async Task Missing_fields_are_400_naming_them_and_bad_credentials_are_401()
    {
        using var missing = await _silo.Ingest.PostAsJsonAsync("/api/auth/token", new { });
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        var errors = (await missing.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("user", out _));
        Assert.True(errors.TryGetProperty("password", out _));

        using var wrong = await _silo.Ingest.PostAsJsonAsync("/api/auth/token", new { user = "chain.manager", password = "nope" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        using var unknown = await _silo.Ingest.PostAsJsonAsync("/api/auth/token", new { user = "nobody", password = "demo" });
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
    }

    [Fact]
    public async Task A_dashboard_gets_a_snapshot_of_its_scope_and_throttled_venue_updates()
    {
        var venue = FloorTestSilo.VenueId(12);
        await using var manager = await _silo.ConnectAsync($"manager.{venue}", "/hubs/dashboard");
        var snapshot = await manager.InvokeAsync("GetSnapshot");
        Assert.Single(snapshot.GetProperty("venues").EnumerateArray());

        await _silo.MakeAtRiskAsync("dash-guest", venue);
        await manager.WaitForAsync("venueUpdated", v => v.GetProperty("live").GetProperty("openAlerts").GetInt32() == 1);
        Assert.All(manager.Received("venueUpdated"), v => Assert.Equal(venue, v.GetProperty("venueId").GetString()));
    }
}
