using System.Text.Json;
using ExperienceGrid.Silo.Tests.Hubs;

namespace ExperienceGrid.Silo.Tests.Alerts;

public sealed class EscalationTests : IAsyncLifetime
{
    private readonly FloorTestSilo _silo = FloorTestSilo.Start(claimTimeout: TimeSpan.FromMilliseconds(500));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task An_alert_nobody_claims_within_the_claim_timeout_is_escalated_to_the_venues_managers()
    {
        var venue = FloorTestSilo.VenueId(10);
        await using var staff = await _silo.ConnectAsync($"staff.{venue}");
        await using var manager = await _silo.ConnectAsync($"manager.{venue}");
        await staff.InvokeAsync("JoinVenue", venue, null);
        await manager.InvokeAsync("JoinVenue", venue, null);

        await _silo.MakeAtRiskAsync("esc-guest", venue);
        var raised = await staff.WaitForAsync("alertRaised", a => Customer(a) == "esc-guest");

        var escalated = await manager.WaitForAsync("alertEscalated", a => Customer(a) == "esc-guest");
        Assert.Equal("escalated", escalated.GetProperty("status").GetString());
        Assert.True(escalated.GetProperty("escalatedAt").GetDateTimeOffset() - raised.GetProperty("raisedAt").GetDateTimeOffset() >= TimeSpan.FromMilliseconds(500));
        await staff.WaitForAsync("alertUpdated", a => Customer(a) == "esc-guest" && a.GetProperty("status").GetString() == "escalated");
        Assert.Empty(staff.Received("alertEscalated"));

        // An escalated alert can still be claimed.
        await staff.InvokeAsync("ClaimAlert", raised.GetProperty("alertId").GetString());
        await staff.WaitForAsync("alertUpdated", a => Customer(a) == "esc-guest" && a.GetProperty("status").GetString() == "claimed");
    }

    [Fact]
    public async Task A_claimed_alert_is_not_escalated()
    {
        var venue = FloorTestSilo.VenueId(11);
        await using var staff = await _silo.ConnectAsync($"staff.{venue}");
        await staff.InvokeAsync("JoinVenue", venue, null);
        await _silo.MakeAtRiskAsync("esc-claimed", venue);
        var raised = await staff.WaitForAsync("alertRaised", a => Customer(a) == "esc-claimed");
        await staff.InvokeAsync("ClaimAlert", raised.GetProperty("alertId").GetString());
        var claimed = await staff.WaitForAsync("alertUpdated", a => Customer(a) == "esc-claimed" && a.GetProperty("status").GetString() is "claimed");

        // A second, unclaimed alert in the same venue escalates: once it has, the claimed one's reminder would have too.
        await _silo.MakeAtRiskAsync("esc-witness", venue);
        await staff.WaitForAsync("alertUpdated", a => Customer(a) == "esc-witness" && a.GetProperty("status").GetString() == "escalated");
        Assert.DoesNotContain(staff.Received("alertUpdated"), a => Customer(a) == "esc-claimed" && a.GetProperty("status").GetString() == "escalated");
        Assert.NotNull(claimed.GetProperty("claimedAt").GetString());
    }

    private static string? Customer(JsonElement alert) => alert.GetProperty("customerId").GetString();
}
