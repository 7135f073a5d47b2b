using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ExperienceGrid.Silo.Tests.Hubs;
using ExperienceGrid.Silo.Tests.Infrastructure;

namespace ExperienceGrid.Silo.Tests.Alerts;

public sealed class AlertLifecycleTests : IAsyncLifetime
{
    private readonly FloorTestSilo _silo = FloorTestSilo.Start();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _silo.DisposeAsync();

    [Fact]
    public async Task Claim_and_resolve_through_the_hub_record_a_recovery_on_the_guest_and_the_venue_counts_it()
    {
        var venue = FloorTestSilo.VenueId(7);
        await using var staff = await _silo.ConnectAsync($"staff.{venue}");
        await staff.InvokeAsync("JoinVenue", venue, null);
        await _silo.MakeAtRiskAsync("al-hub", venue);
        var alertId = (await staff.WaitForAsync("alertRaised", a => Customer(a) == "al-hub")).GetProperty("alertId").GetString();
        var scoreAtAlert = await VisitScore("al-hub");

        await staff.InvokeAsync("ClaimAlert", alertId);
        var claimed = await staff.WaitForAsync("alertUpdated", a => a.GetProperty("status").GetString() == "claimed" && Customer(a) == "al-hub");
        Assert.Equal($"staff.{venue}", claimed.GetProperty("claimedBy").GetString());
        Assert.NotEqual(JsonValueKind.Null, claimed.GetProperty("claimedAt").ValueKind);

        await staff.InvokeAsync("ResolveAlert", alertId, "Apologised and offered what we can do", "comped dessert");
        var resolved = await staff.WaitForAsync("alertClosed", a => Customer(a) == "al-hub");
        Assert.Equal("resolved", resolved.GetProperty("status").GetString());
        Assert.Equal("comped dessert", resolved.GetProperty("note").GetString());
        Assert.NotEqual(JsonValueKind.Null, resolved.GetProperty("resolvedAt").ValueKind);

        // The recovery travelled durably to the customer grain: both miseries answered, the score went up.
        var customer = await Eventually.Until(
            () => _silo.Ingest.GetFromJsonAsync<JsonElement>("/api/customers/al-hub"),
            c => c.GetProperty("visit").GetProperty("moments").EnumerateArray().Count(m => m.GetProperty("kind").GetString() == "apology") == 2,
            what: "the recovery touchpoints on the guest");
        Assert.All(
            customer.GetProperty("visit").GetProperty("moments").EnumerateArray().Where(m => m.GetProperty("momentKind").GetString() == "Misery"),
            m => Assert.True(m.GetProperty("recovered").GetBoolean()));
        Assert.True(customer.GetProperty("visit").GetProperty("score").GetDouble() > scoreAtAlert);

        await _silo.IngestAsync(Touchpoints.Make("al-hub-end", "al-hub", "visit.end", venueId: venue));
        var live = await Eventually.Until(
            () => _silo.Ingest.GetFromJsonAsync<JsonElement>($"/api/venues/{venue}"),
            v => v.GetProperty("live").GetProperty("alertedVisitsEnded").GetInt64() == 1,
            what: "the alerted visit to end");
        Assert.Equal(1.0, live.GetProperty("live").GetProperty("recoveryRate").GetDouble());
        Assert.Equal(0, live.GetProperty("live").GetProperty("openAlerts").GetInt32());
        Assert.True(live.GetProperty("live").GetProperty("averageTimeToClaimSeconds").GetDouble() >= 0);
    }

    [Fact]
    public async Task Http_claim_and_resolve_enforce_scope_and_ownership()
    {
        var venue = FloorTestSilo.VenueId(8);
        await using var staff = await _silo.ConnectAsync($"staff.{venue}");
        await staff.InvokeAsync("JoinVenue", venue, null);
        await _silo.MakeAtRiskAsync("al-http", venue);
        var alertId = (await staff.WaitForAsync("alertRaised", a => Customer(a) == "al-http")).GetProperty("alertId").GetString();
        var claim = $"/api/alerts/{alertId}/claim";
        using var anonymous = _silo.Factory.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync(claim, null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Post($"staff.{FloorTestSilo.VenueId(9)}", claim)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Post($"staff.{venue}", $"/api/alerts/{venue}:999/claim")).StatusCode);

        Assert.Equal(HttpStatusCode.Accepted, (await Post($"staff.{venue}", claim)).StatusCode);
        await staff.WaitForAsync("alertUpdated", a => a.GetProperty("claimedBy").GetString() == $"staff.{venue}");

        var noAction = await Post($"staff.{venue}", $"/api/alerts/{alertId}/resolve", new { note = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, noAction.StatusCode);
        Assert.True((await noAction.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("action", out _));

        // What was done is words or the number of one of the card's playbook actions, not both, and not one it lacks.
        var resolve = $"/api/alerts/{alertId}/resolve";
        await AssertBadRequest(await Post($"staff.{venue}", resolve, new { action = "x", playbook = 0 }), "playbook");
        await AssertBadRequest(await Post($"staff.{venue}", resolve, new { playbook = 99 }), "playbook");
        await AssertBadRequest(await Post($"staff.{venue}", resolve, new { playbook = -1 }), "playbook");

        // The venue manager may take over; a resolved alert cannot be claimed again.
        Assert.Equal(HttpStatusCode.Accepted, (await Post($"manager.{venue}", resolve, new { playbook = 0 })).StatusCode);
        var closed = await staff.WaitForAsync("alertClosed", a => Customer(a) == "al-http");
        Assert.Equal(closed.GetProperty("actions")[0].GetString(), closed.GetProperty("resolution").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await Post($"staff.{venue}", claim)).StatusCode);
    }

    private static async Task AssertBadRequest(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
    }

    private Task<HttpResponseMessage> Post(string user, string path, object? body = null) => _silo.SendAsAsync(user, HttpMethod.Post, path, body);

    private async Task<double> VisitScore(string customerId) =>
        (await _silo.Ingest.GetFromJsonAsync<JsonElement>($"/api/customers/{customerId}")).GetProperty("visit").GetProperty("score").GetDouble();

    private static string? Customer(JsonElement alert) => alert.GetProperty("customerId").GetString();
}
