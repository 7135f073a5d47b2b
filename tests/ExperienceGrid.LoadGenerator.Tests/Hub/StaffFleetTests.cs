using ExperienceGrid.LoadGenerator.Driver;
using ExperienceGrid.LoadGenerator.Http;
using ExperienceGrid.LoadGenerator.Hub;
using ExperienceGrid.LoadGenerator.Tests.Infrastructure;

namespace ExperienceGrid.LoadGenerator.Tests.Hub;

/// <summary>The staff fleet against real SignalR hubs on loopback ports (the official client, real WebSockets).</summary>
public sealed class StaffFleetTests : IDisposable
{
    private static readonly TimeSpan _hang = TimeSpan.FromSeconds(30);
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private readonly ManualTimeProvider _clock = new();

    [Fact]
    public async Task Staff_are_spread_over_venues_and_silos_and_each_joins_its_own_venue()
    {
        await using var a = await FakeFloorSilo.StartAsync();
        await using var b = await FakeFloorSilo.StartAsync();
        await using var fleet = new StaffFleet(_http, new TargetPool([a.Url, b.Url], _clock), _clock);
        var run = Attach(fleet);

        await fleet.StartAsync(["v0", "v1", "v2"], 6, CancellationToken.None).WaitAsync(_hang);

        Assert.Equal(6, fleet.Connected);
        Assert.Equal(["staff.v0@v0", "staff.v1@v1", "staff.v2@v2"], a.Joins.Order());
        Assert.Equal(["staff.v0@v0", "staff.v1@v1", "staff.v2@v2"], b.Joins.Order());
        Assert.Null(fleet.Unavailable);
        Assert.Empty(run.Errors.Snapshot());
    }

    [Fact]
    public async Task An_alert_reaches_its_venues_staff_and_is_measured_from_the_202_of_its_trigger_event()
    {
        await using var silo = await FakeFloorSilo.StartAsync();
        await using var fleet = new StaffFleet(_http, new TargetPool([silo.Url], _clock), _clock);
        await fleet.StartAsync(["v1", "v2"], 2, CancellationToken.None).WaitAsync(_hang);
        var run = Attach(fleet);
        run.Push.Accepted(["r1-5"], _clock.GetTimestamp());
        _clock.Advance(TimeSpan.FromMilliseconds(40));

        // One connection delivers in order: once the last push is in, the ones before it were handled. A claim's update
        // carries the trigger the alert had, and a close the trigger of an earlier risk: neither is a new sample.
        await silo.PushAsync("v1", "r1-9", "nudgeRaised");
        await silo.PushAsync("v1", "r1-5");
        await silo.PushAsync("v1", "r1-5", "alertUpdated");
        await silo.PushAsync("v1", "r1-7", "alertClosed");
        await silo.PushAsync("v2", "r2-1", "alertUpdated");
        await Eventually.True(() => run.PushLatency.Count == 1 && run.Push.Foreign == 1, "the alert of this run and the other run's alert");

        Assert.Equal((1L, 0L, 1L), (run.Push.Received, run.Push.Unmatched, run.Push.Foreign));
        Assert.Equal(40, run.PushLatency.Summary().Max, precision: 6);
    }

    [Fact]
    public async Task A_dropped_connection_is_counted_and_rejoins_on_another_silo_after_a_backoff()
    {
        await using var a = await FakeFloorSilo.StartAsync();
        await using var b = await FakeFloorSilo.StartAsync();
        await using var fleet = new StaffFleet(_http, new TargetPool([a.Url, b.Url], _clock), _clock);
        await fleet.StartAsync(["v1"], 1, CancellationToken.None).WaitAsync(_hang);
        var run = Attach(fleet);
        Assert.Equal(["staff.v1@v1"], a.Joins);

        a.DropConnections();
        await Eventually.True(() => fleet.Connected == 0 && _clock.PendingTimers == 1, "the drop seen and the backoff waiting");

        Assert.Empty(b.Joins); // a still serves: only the backoff holds the member back
        _clock.Advance(TimeSpan.FromMilliseconds(125));
        await Eventually.True(() => fleet.Connected == 1 && b.Joins.Count == 1, "the member rejoined on silo b");
        run.Push.Accepted(["r1-1"], _clock.GetTimestamp());
        await b.PushAsync("v1", "r1-1");
        await Eventually.True(() => run.PushLatency.Count == 1, "the alert pushed by silo b");

        Assert.Equal(["staff.v1@v1"], a.Joins);
        Assert.Equal(new Dictionary<string, long> { ["hub disconnected"] = 1 }, run.Errors.Snapshot());
    }

    [Theory]
    [InlineData(false, true, "v1", "POST /api/auth/token answered 404")]
    [InlineData(true, false, "v1", "/hubs/floor answered 404")]
    [InlineData(true, true, "v9", "JoinVenue failed on http://127.0.0.1:")]
    public async Task A_silo_without_sign_in_or_hub_or_venue_makes_push_latency_unavailable_rather_than_failing_the_run(
        bool signIn, bool hub, string venueId, string unavailable)
    {
        await using var silo = await FakeFloorSilo.StartAsync(signIn, hub, new HashSet<string> { "v1" });
        await using var fleet = new StaffFleet(_http, new TargetPool([silo.Url], _clock), _clock);
        var run = Attach(fleet);

        await fleet.StartAsync([venueId], 2, CancellationToken.None).WaitAsync(_hang);

        Assert.Contains(unavailable, fleet.Unavailable, StringComparison.Ordinal);
        Assert.Equal(0, fleet.Connected);
        Assert.Empty(run.Errors.Snapshot());
        Assert.Empty(silo.Joins);
    }

    public void Dispose() => _http.Dispose();

    private RunRecorder Attach(StaffFleet fleet)
    {
        var run = new RunRecorder("r1", _clock);
        fleet.Attach(run);
        return run;
    }
}
