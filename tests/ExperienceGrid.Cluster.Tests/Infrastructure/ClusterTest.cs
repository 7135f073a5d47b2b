using System.Diagnostics;
using System.Text.Json;
using Xunit.Abstractions;

namespace ExperienceGrid.Cluster.Tests.Infrastructure;

/// <summary>
/// Base of the real-process tests: its own Redis, <c>silos</c> silo processes and <c>frontends</c> front ends, started
/// by scripts/cluster.sh on free ports with a fresh cluster id, and stopped by pid when the test ends, passed or failed.
/// </summary>
public abstract class ClusterTest(ITestOutputHelper output, string name, int silos, int frontends = 0) : IAsyncLifetime
{
    /// <summary>How long venues may take to count every accepted moment: the guest registry wakes the guests of a dead silo once the cluster declares it dead, or at worst at a shard's minute tick; plus margin.</summary>
    protected static readonly TimeSpan Settle = TimeSpan.FromSeconds(100);

    protected ITestOutputHelper Output { get; } = output;

    protected ClusterScript Cluster { get; private set; } = null!;

    protected ClusterClient Client { get; private set; } = null!;

    /// <summary>The venues of the chain the silos run.</summary>
    protected IReadOnlyList<string> Venues { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var clock = Stopwatch.StartNew();
        Cluster = new ClusterScript(name);
        Client = new ClusterClient(Cluster);
        try
        {
            await Cluster.UpAsync(silos, frontends);
            var all = Enumerable.Range(1, silos).ToArray();
            await Eventually.Until(() => Client.ClusterAsync(1), v => all.All(i => v.Active(i) is not null), TimeSpan.FromSeconds(30),
                $"silos {string.Join(", ", all)} to be active members");

            // From the chain file, not GET /api/venues: that would activate every venue grain on silo 1.
            using var chain = JsonDocument.Parse(await File.ReadAllTextAsync(Cluster.ChainFile));
            Venues = [.. chain.RootElement.GetProperty("venues").EnumerateArray().Select(v => v.GetProperty("id").GetString()!)];
            Record($"{silos} silos, {frontends} front ends and Redis up in {clock.Elapsed.TotalSeconds:0.0} s (HTTP {Cluster.Url(1)}.., Redis {Cluster.RedisPort}, {Cluster.Directory})");
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Cluster.DisposeAsync();
    }

    /// <summary>Writes a measured number to the test output and artifacts/cluster-measurements.txt.</summary>
    protected void Record(string line) => Measurements.Record(Output, name, line);

    /// <summary>The last lines of the silos' logs, for failure messages.</summary>
    protected string Logs(params int[] silosToShow) =>
        string.Join("\n", silosToShow.Select(s => $"--- silo {s}\n{Cluster.SiloLog(s)}"));
}
