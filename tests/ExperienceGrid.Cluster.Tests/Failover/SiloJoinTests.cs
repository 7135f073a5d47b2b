using System.Diagnostics;
using ExperienceGrid.Cluster.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ExperienceGrid.Cluster.Tests.Failover;

public sealed class SiloJoinTests(ITestOutputHelper output) : ClusterTest(output, "join", 2)
{
    [Fact]
    public async Task A_joining_silo_gets_a_fair_share_and_nothing_is_lost_or_duplicated()
    {
        var load = new LoadDriver(Client, "join", customers: 300);
        load.SetSilos(1, 2);
        load.Start();
        await load.WaitForAcceptedAsync(2000, TimeSpan.FromSeconds(60));

        var clock = Stopwatch.StartNew();
        await Cluster.StartAsync(3);
        var healthy = clock.Elapsed;
        load.SetSilos(1, 2, 3);
        var fair = await Eventually.Until(() => Client.ClusterAsync(3),
            s => s.OwnedBy(1, 2, 3) == ClusterClient.PartitionCount && new[] { 1, 2, 3 }.All(i => s.Owned.GetValueOrDefault(i) is 21 or 22),
            TimeSpan.FromSeconds(30), "a fair share (21 or 22 partitions) on each of 3 silos");
        Measurements.Record(Output,
            $"silo joined under load: healthy {healthy.TotalMilliseconds:F0} ms after process start, fair share {(clock.Elapsed - healthy).TotalMilliseconds:F0} ms after that ({fair})");

        await load.WaitForAcceptedAsync(2000, TimeSpan.FromSeconds(60));
        var probes = await AssertNotificationsFlowAsync("join", senders: [3], receivers: [1, 2, 3]);
        await load.StopAsync();
        await ClusterAssert.SettledAsync(Client, 3, [1, 2, 3], Settle);
        await ClusterAssert.AppliedExactlyOnceAsync(Client, 3, load.Expected);
        await AssertNoDuplicateNotificationsAsync(probes, [1, 2, 3]);
    }
}
