using System.Net;
using System.Text.Json;
using ExperienceGrid.Silo.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR;

namespace ExperienceGrid.Silo.Tests.Hubs;

public sealed class FloorHubTests : IAsyncLifetime
{
    private readonly FloorTestSilo _silo = FloorTestSilo.Start();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task An_alert_reaches_its_venues_group_with_who_where_why_and_what_to_do_and_never_another_venue()
    {
        var (here, there) = (FloorTestSilo.VenueId(2), FloorTestSilo.VenueId(3));
        await using var staffHere = await _silo.ConnectAsync($"staff.{here}");
        await using var staffThere = await _silo.ConnectAsync($"staff.{there}");
        await staffHere.InvokeAsync("JoinVenue", here, null);
        await staffThere.InvokeAsync("JoinVenue", there, null);

        var trigger = await _silo.MakeAtRiskAsync("fh-guest-here", here);
        var alert = await staffHere.WaitForAsync("alertRaised", a => Customer(a) == "fh-guest-here");

        Assert.Equal(here, alert.GetProperty("venueId").GetString());
        Assert.Equal("raised", alert.GetProperty("status").GetString());
        // Raised by the first misery (the score fell under the threshold), updated by the second (repeated misery).
        Assert.Equal("fh-guest-here-no", alert.GetProperty("triggerEventId").GetString());
        var worse = await staffHere.WaitForAsync("alertUpdated", a => a.GetProperty("triggerEventId").GetString() == trigger);
        Assert.Equal(alert.GetProperty("alertId").GetString(), worse.GetProperty("alertId").GetString());
        Assert.StartsWith($"{here}:", alert.GetProperty("alertId").GetString());
        Assert.False(string.IsNullOrEmpty(alert.GetProperty("displayName").GetString()));
        Assert.True(alert.GetProperty("priority").GetDouble() > 0);
        Assert.True(alert.GetProperty("customerValue").GetDouble() >= 1);
        Assert.NotEmpty(alert.GetProperty("reasons").EnumerateArray());
        Assert.NotEmpty(alert.GetProperty("actions").EnumerateArray());
        Assert.Contains(worse.GetProperty("antiPatterns").EnumerateArray(), p => p.GetString() == "SaidNoWithoutAlternative");
        Assert.Equal(2, worse.GetProperty("moments").GetArrayLength());

        // The other venue's connection is alive and hears its own alert, but never heard the first one.
        await _silo.MakeAtRiskAsync("fh-guest-there", there);
        await staffThere.WaitForAsync("alertRaised", a => Customer(a) == "fh-guest-there");
        Assert.DoesNotContain(staffThere.Received("alertRaised"), a => Customer(a) == "fh-guest-here");
        Assert.DoesNotContain(staffHere.Received("alertRaised"), a => Customer(a) == "fh-guest-there");
    }

    [Fact]
    public async Task Joining_a_venue_one_may_not_see_is_refused_and_an_unsigned_connection_is_rejected()
    {
        await using var staff = await _silo.ConnectAsync($"staff.{FloorTestSilo.VenueId(4)}");

        var refused = await Assert.ThrowsAsync<HubException>(() => staff.InvokeAsync("JoinVenue", FloorTestSilo.VenueId(5), null));
        Assert.Contains("may not join", refused.Message);
        var unknown = await Assert.ThrowsAsync<HubException>(() => staff.InvokeAsync("JoinVenue", "nowhere", null));
        Assert.Contains("no venue", unknown.Message);

        var unsigned = await Assert.ThrowsAsync<HttpRequestException>(() => HubTestClient.ConnectAsync(_silo.HubUrl(), token: null));
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        var forged = await Assert.ThrowsAsync<HttpRequestException>(() => HubTestClient.ConnectAsync(_silo.HubUrl(), "not-a-token"));
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    [Fact]
    public async Task A_worsening_guest_updates_the_one_open_alert_and_the_visit_end_expires_it()
    {
        var venue = FloorTestSilo.VenueId(6);
        await using var staff = await _silo.ConnectAsync($"staff.{venue}");
        await staff.InvokeAsync("JoinVenue", venue, null);
        await _silo.MakeAtRiskAsync("fh-worse", venue);
        var raised = await staff.WaitForAsync("alertRaised", a => Customer(a) == "fh-worse");

        await _silo.IngestAsync(Touchpoints.Make("fh-worse-policy", "fh-worse", "policy.quoted", venueId: venue));
        var updated = await staff.WaitForAsync("alertUpdated", a => a.GetProperty("triggerEventId").GetString() == "fh-worse-policy");
        Assert.Equal(raised.GetProperty("alertId").GetString(), updated.GetProperty("alertId").GetString());
        Assert.Equal(3, updated.GetProperty("moments").GetArrayLength());

        var open = await staff.InvokeAsync("JoinVenue", venue, null);
        Assert.Single(open.EnumerateArray(), a => Customer(a) == "fh-worse");

        await _silo.IngestAsync(Touchpoints.Make("fh-worse-end", "fh-worse", "visit.end", venueId: venue));
        var closed = await staff.WaitForAsync("alertClosed", a => Customer(a) == "fh-worse");
        Assert.Equal("expired", closed.GetProperty("status").GetString());
        Assert.Single(staff.Received("alertRaised"), a => Customer(a) == "fh-worse");
    }

    private static string? Customer(JsonElement alert) => alert.GetProperty("customerId").GetString();
}
