using System.Diagnostics;
using ExperienceGrid.Cluster.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ExperienceGrid.Cluster.Tests.Failover;

public sealed class SiloCrashTests(ITestOutputHelper output) : ClusterTest(output, "kill", 3)
{
    [Fact]
    public async Task Sigkill_under_load_loses_nothing_applies_nothing_twice_and_partitions_are_taken_over()
    {
        var load = new LoadDriver(Client, "kill", customers: 300);
        load.SetSilos(1, 2, 3);
        load.Start();
        await load.WaitForAcceptedAsync(3000, TimeSpan.FromSeconds(60));
        Assert.True((await Client.ClusterAsync(1)).Owned.GetValueOrDefault(3) > 0, "silo 3 owned nothing before the kill");

        load.SetSilos(1, 2);
        var clock = Stopwatch.StartNew();
        await Cluster.KillAsync(3);
        var after = await Eventually.Until(() => Client.ClusterAsync(1), s => s.OwnedBy(1, 2) == ClusterClient.PartitionCount,
            TimeSpan.FromSeconds(30), "silos 1 and 2 to own every partition");
        var takeover = clock.Elapsed;
        Measurements.Record(Output, $"takeover after SIGKILL of 1 of 3 silos under load: {takeover.TotalMilliseconds:F0} ms ({after})");
        Assert.True(takeover < TimeSpan.FromSeconds(5), $"takeover took {takeover}");

        await load.WaitForAcceptedAsync(3000, TimeSpan.FromSeconds(60));
        var probes = await AssertNotificationsFlowAsync("kill", senders: [1, 2], receivers: [1, 2]);
        await load.StopAsync();
        await ClusterAssert.SettledAsync(Client, 2, [1, 2], Settle);
        await ClusterAssert.AppliedExactlyOnceAsync(Client, 2, load.Expected);
        await AssertNoDuplicateNotificationsAsync(probes, [1, 2]);
        Output.WriteLine($"accepted {load.Accepted} events for {load.Expected.Count} customers; {load.Failures} failed sends retried");
    }
}
