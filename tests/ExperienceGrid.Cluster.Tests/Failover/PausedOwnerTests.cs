using System.Diagnostics;
using ExperienceGrid.Cluster.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ExperienceGrid.Cluster.Tests.Failover;

public sealed class PausedOwnerTests(ITestOutputHelper output) : ClusterTest(output, "pause", 3)
{
    [Fact]
    public async Task A_paused_owner_is_fenced_after_takeover_and_cannot_commit_over_the_new_owner()
    {
        var load = new LoadDriver(Client, "pause", customers: 300);
        load.SetSilos(1, 2, 3);
        load.Start();
        await load.WaitForAcceptedAsync(2000, TimeSpan.FromSeconds(60));

        // Silo 1 freezes with applied-but-uncommitted work in memory; its session (and locks) stay open.
        load.SetSilos(2, 3);
        var clock = Stopwatch.StartNew();
        await Cluster.PauseAsync(1);
        await Eventually.Until(() => Client.ClusterAsync(2), s => s.OwnedBy(2, 3) == ClusterClient.PartitionCount,
            TimeSpan.FromSeconds(30), "silos 2 and 3 to take over the paused silo's partitions");
        Measurements.Record(Output, $"takeover after SIGSTOP (frozen owner, Cluster:SiloExpiry 5 s): {clock.Elapsed.TotalMilliseconds:F0} ms");
        await load.WaitForAcceptedAsync(2000, TimeSpan.FromSeconds(60));

        await Cluster.ResumeAsync(1);
        await Eventually.Until(() => Client.ClusterAsync(2), s => s.Owned.GetValueOrDefault(1) >= 21 && s.OwnedBy(1, 2, 3) == ClusterClient.PartitionCount,
            TimeSpan.FromSeconds(30), "the resumed silo to rejoin with a fair share");
        var log = Cluster.SiloLog(1, int.MaxValue);
        Assert.Contains("lost partitions", log, StringComparison.Ordinal);
        Output.WriteLine($"commits of the resumed silo refused by fencing: {log.Split("the commit was refused").Length - 1}");
        load.SetSilos(1, 2, 3);
        await load.WaitForAcceptedAsync(1000, TimeSpan.FromSeconds(60));
        await load.StopAsync();
        await ClusterAssert.SettledAsync(Client, 1, [1, 2, 3], Settle);
        await ClusterAssert.AppliedExactlyOnceAsync(Client, 1, load.Expected);
    }
}
