using ExperienceGrid.Cluster.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ExperienceGrid.Cluster.Tests.Failover;

/// <summary>
/// A 5-second Redis outage under load and reads is a handful of lines in each silo's log — one warning when it starts,
/// one line when it ends with its duration, each repeating failure once with a count — not a line per failed request.
/// </summary>
public sealed class OutageLogTests(ITestOutputHelper output) : ClusterTest(output, "outage-log", 3)
{
    private const string Started = "Grid unavailable:";
    private const string Ended = "Grid available again after";
    private static readonly TimeSpan _outage = TimeSpan.FromSeconds(5);
    private static readonly int[] _silos = [1, 2, 3];

    // Measured here: 41.7–54.5 k lines per silo before repeats were collapsed, 136–241 after (each kind of failure logged
    // once in full, with its stack, and once as a count). 1,000 fails the flood by two orders of magnitude.
    private const int MaxLinesPerSilo = 1000;

    [Fact]
    public async Task A_Redis_outage_under_load_logs_its_start_its_end_and_each_repeating_failure_once_with_a_count()
    {
        var load = new LoadDriver(Client, "outage-log", Venues, customers: 240) { EventsPerSecond = 400 };
        load.SetSilos(_silos);
        load.Start();
        await load.WaitForAcceptedAsync(1500, TimeSpan.FromSeconds(60));
        var customers = load.Expected.Keys.Take(30).ToList();

        var before = _silos.ToDictionary(s => s, s => Cluster.SiloLogLines(s).Count);
        await Cluster.RedisStopAsync();
        using var reading = new CancellationTokenSource(_outage);
        await ReadUntilAsync(customers, reading.Token);
        await Cluster.RedisStartAsync();

        // The end is logged once no request has failed for a while: wait for it (with a deadline), not a fixed time.
        var during = new Dictionary<int, List<string>>();
        foreach (var silo in _silos)
        {
            during[silo] = await Eventually.Until(
                () => Task.FromResult(Cluster.SiloLogLines(silo).Skip(before[silo]).ToList()),
                lines => lines.Any(l => l.Contains(Ended, StringComparison.Ordinal)),
                TimeSpan.FromSeconds(60),
                $"silo {silo} to log the end of the outage");
        }

        await load.StopAsync();
        foreach (var silo in _silos)
        {
            var lines = during[silo];
            Record($"silo {silo}: {lines.Count} log lines from Redis' stop ({_outage.TotalSeconds:0} s outage, load {load.EventsPerSecond}/s and reads) " +
                $"to the outage's end line; {lines.Count(l => l.StartsWith("fail:", StringComparison.Ordinal))} errors, " +
                $"{lines.Count(l => l.StartsWith("warn:", StringComparison.Ordinal))} warnings; {lines.FirstOrDefault(l => l.Contains(Ended, StringComparison.Ordinal))?.Trim()}");
        }

        Record($"load: {load.Summary()}");
        foreach (var silo in _silos)
        {
            var lines = during[silo];
            Assert.Equal(1, lines.Count(l => l.Contains(Started, StringComparison.Ordinal)));
            Assert.Equal(1, lines.Count(l => l.Contains(Ended, StringComparison.Ordinal)));
            Assert.True(lines.Count <= MaxLinesPerSilo, $"silo {silo} wrote {lines.Count} lines during a {_outage.TotalSeconds:0} s outage:\n" +
                string.Join('\n', lines.Where(l => !l.StartsWith(' ')).GroupBy(l => l).OrderByDescending(g => g.Count()).Take(15).Select(g => $"{g.Count()} × {g.Key}")));
        }
    }

    /// <summary>Reads customers on every silo until cancelled: failed writes deactivate them, so reads must reactivate them from Redis.</summary>
    private async Task ReadUntilAsync(List<string> customers, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            await Task.WhenAll(_silos.SelectMany(s => customers.Select(c =>
                Client.ReadAsync(s, $"/api/customers/{c}", ClusterClient.Reader, TimeSpan.FromSeconds(20)))));
        }
    }
}
