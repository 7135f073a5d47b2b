using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using ExperienceGrid.Cluster.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ExperienceGrid.Cluster.Tests.Push;

public sealed class CrossSiloPushTests(ITestOutputHelper output) : ClusterTest(output, "push", 3)
{
    private const int Guests = 40;

    [Fact]
    public async Task Staff_on_one_silo_receive_alerts_raised_on_another_and_never_another_venues()
    {
        var (venue, other) = (Venues[0], Venues[1]);

        // Placement decides where the venue's grain lives: staff connect to another silo, and the guests' events go
        // to the third, so every alert crosses silos through the backplane. Staff of another venue listen on the
        // venue grain's own silo, where a push sent to every local connection would reach them.
        await IngestAsync(1, [Touchpoints.Event("push-warmup-1", "push-warmup", venue, "visit.start")]);
        var venueGrains = await Eventually.Until(() => Client.ActivationsBySiloAsync(1, "VenueGrain"), v => v.Values.Sum() >= 1,
            TimeSpan.FromSeconds(15), "the Orleans dashboard to count the venue grain");

        // More than one: the chain totals were pushed, which reads every venue. Only the first active silo (the lowest
        // silo port: silo 1) pushes them, and only once a venue it hosts changed, so the venue is there.
        var venueSilo = venueGrains.Values.Sum() == 1 ? venueGrains.Keys.Single() : 1;
        var staffSilo = venueSilo % 3 + 1;
        var postSilo = staffSilo % 3 + 1;

        await using var staff = await FloorClient.ConnectAsync(Cluster.Url(staffSilo), await Client.SignInAsync(staffSilo, $"staff.{venue}"));
        await using var otherStaff = await FloorClient.ConnectAsync(Cluster.Url(venueSilo), await Client.SignInAsync(venueSilo, $"staff.{other}"));
        Assert.Equal(0, await staff.JoinVenueAsync(venue));
        Assert.Equal(0, await otherStaff.JoinVenueAsync(other));

        // Background load on the other venues, through every silo.
        var load = new LoadDriver(Client, "push", [.. Venues.Skip(2)], customers: 120) { EventsPerSecond = 100 };
        load.SetSilos(1, 2, 3);
        load.Start();
        await load.WaitForAcceptedAsync(500, TimeSpan.FromSeconds(30));

        var latencies = new List<TimeSpan>();
        for (var i = 0; i < Guests; i++)
        {
            var guest = $"push-v-{i}";
            var sentAt = Stopwatch.GetTimestamp();
            await MakeAtRiskAsync(postSilo, guest, venue);
            var alert = await staff.WaitForAsync("alertRaised", a => a.GetProperty("customerId").GetString() == guest, TimeSpan.FromSeconds(10));
            Assert.StartsWith($"{guest}-", alert.Alert.GetProperty("triggerEventId").GetString());
            latencies.Add(Stopwatch.GetElapsedTime(sentAt, alert.ReceivedAt));
        }

        // The other venue's staff hear their own venue's alert (so their connection works) ...
        await MakeAtRiskAsync(postSilo, "push-w-0", other);
        await otherStaff.WaitForAsync("alertRaised", a => a.GetProperty("customerId").GetString() == "push-w-0", TimeSpan.FromSeconds(10));
        await load.StopAsync();

        // ... and nothing of the first venue's; and nobody heard an alert twice.
        Assert.All(staff.Received, p => Assert.Equal(venue, p.VenueId));
        Assert.All(otherStaff.Received, p => Assert.Equal(other, p.VenueId));
        Assert.Equal(Guests, staff.Received.Where(p => p.Event == "alertRaised").DistinctBy(p => p.CustomerId).Count());
        Assert.Equal(Guests, staff.Received.Count(p => p.Event == "alertRaised"));

        var sorted = latencies.Order().ToList();
        Record($"cross-silo push (events to silo {postSilo}, venue grain on silo {venueSilo}, staff on silo {staffSilo}; 100 ev/s on other venues): " +
            $"sent → alertRaised p50 {Ms(Percentile(sorted, 0.5))}, p95 {Ms(Percentile(sorted, 0.95))}, max {Ms(sorted[^1])} over {Guests} alerts; " +
            $"{otherStaff.Received.Count} pushes to the other venue's staff on silo {venueSilo}, all theirs");

        // The push goal is p99 < 50 ms; here, sharing 2 cores with three silos, Redis and the load, medians were 8-75 ms
        // and the slowest of 40 up to 1.2 s while other suites kept the load average near 20. A median of 250 ms still
        // fails a push that waits on polling or a timer rather than going straight through the backplane.
        Assert.True(Percentile(sorted, 0.5) < TimeSpan.FromMilliseconds(250), $"median push latency {Percentile(sorted, 0.5)}");
        Output.WriteLine($"load: {load.Summary()}");
    }

    private Task MakeAtRiskAsync(int silo, string guest, string venueId) => IngestAsync(silo, Touchpoints.AtRisk(guest, venueId));

    private async Task IngestAsync(int silo, JsonArray touchpoints)
    {
        using var response = await Client.IngestAsync(silo, touchpoints);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    /// <summary>Nearest rank.</summary>
    private static TimeSpan Percentile(List<TimeSpan> sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Count) - 1];

    private static string Ms(TimeSpan t) => $"{t.TotalMilliseconds:0} ms";
}
