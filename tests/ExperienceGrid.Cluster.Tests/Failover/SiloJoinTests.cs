using System.Diagnostics;
using ExperienceGrid.Cluster.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ExperienceGrid.Cluster.Tests.Failover;

public sealed class SiloJoinTests(ITestOutputHelper output) : ClusterTest(output, "join", 2)
{
    [Fact]
    public async Task A_silo_joining_under_load_becomes_active_and_takes_new_activations_and_nothing_is_lost_or_doubled()
    {
        var load = new LoadDriver(Client, "join", Venues, customers: 200);
        load.SetSilos(1, 2);
        load.Start();
        await load.WaitForAcceptedAsync(1500, TimeSpan.FromSeconds(60));

        var clock = Stopwatch.StartNew();
        await Cluster.StartAsync(3);
        var healthy = clock.Elapsed;
        var joined = await Eventually.Until(() => Client.ClusterAsync(1), v => v.Active(3) is not null, TimeSpan.FromSeconds(30), "silo 1 to see silo 3 active");
        var seen = clock.Elapsed;

        // New guests from now on, through every silo: new activations, which placement may put on silo 3.
        load.SetSilos(1, 2, 3);
        load.UseNewCustomers();
        var share = await Eventually.Until(() => Client.ClusterAsync(1), v => v.ActivationsOn(3) >= joined.ActivationsOn(3) + 20, TimeSpan.FromSeconds(30),
            "silo 3 to take at least 20 new activations");
        var shared = clock.Elapsed;
        await load.WaitForAcceptedAsync(1500, TimeSpan.FromSeconds(60));
        await load.StopAsync();
        var after = await Client.ClusterAsync(1);
        Record($"silo 3 joined 2 under load: process start → /health 200 {healthy.TotalSeconds:0.0} s, active in silo 1's view {seen.TotalSeconds:0.0} s, " +
            $"20 new activations on it {shared.TotalSeconds:0.0} s; when it joined: {joined}; at the end: {after}");
        Record($"load: {load.Summary()}");

        // Joining costs no failed batch: anything not 202 was a 503 with Retry-After, sent again and accepted.
        var failed = load.Answers.Where(a => !a.Accepted && !a.Unavailable).ToList();
        Assert.True(failed.Count == 0, $"{failed.Count} batches failed otherwise: {string.Join("; ", failed.Take(10))}\n{Logs(1, 2, 3)}");
        await ClusterAssert.ExactlyOnceAsync(Client, 3, load, Settle, Output);
    }
}
