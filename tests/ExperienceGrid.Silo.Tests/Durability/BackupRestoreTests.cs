using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ExperienceGrid.Silo.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ExperienceGrid.Silo.Tests.Durability;

/// <summary>
/// scripts/backup.sh copies a real silo's SQLite file while it ingests; a silo started on the copy (restored as the
/// README says) has every customer whose batch was answered 202 before the copy started, whole.
/// </summary>
public sealed class BackupRestoreTests(ITestOutputHelper output) : IDisposable
{
    private const int EventsPerCustomer = 3;
    private const int Senders = 4;

    private readonly string _live = TempFolder.Create("eg-backup-live");
    private readonly string _backups = TempFolder.Create("eg-backup-copies");
    private readonly string _restored = TempFolder.Create("eg-backup-restored");
    private readonly ConcurrentDictionary<string, DateTime> _acknowledged = new();

    [Fact]
    public async Task A_copy_taken_under_load_restores_every_customer_acknowledged_before_it_started()
    {
        using var live = new DurabilitySilo(_live);
        await live.StartAsync();
        using var stop = new CancellationTokenSource();
        var senders = Enumerable.Range(0, Senders).Select(s => SendAsync(live.Client, s, stop.Token)).ToList();
        await Eventually.True(() => _acknowledged.Count >= 200, "200 customers acknowledged", TimeSpan.FromSeconds(60));

        var copy = Path.Combine(_backups, "grid-copy.db");
        var started = DateTime.UtcNow;
        var (exitCode, printed) = await RunBackupAsync(Path.Combine(_live, "grid.db"), copy);
        var finished = DateTime.UtcNow;
        var during = _acknowledged.Values.Count(at => at > started && at < finished);
        await stop.CancelAsync();
        await Task.WhenAll(senders);
        live.Kill();
        Assert.True(exitCode == 0, printed);
        Assert.Equal(copy, printed.Trim());

        // Restore as the README says: the copy becomes grid.db of a data directory without -wal or -shm files.
        File.Copy(copy, Path.Combine(_restored, "grid.db"));
        using var restored = new DurabilitySilo(_restored);
        await restored.StartAsync();

        var before = _acknowledged.Where(a => a.Value < started).Select(a => a.Key).ToList();
        var wrong = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(before, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (customer, _) =>
        {
            var count = await Touchpoints.CountApplied(restored.Client, customer);
            if (count != EventsPerCustomer)
            {
                wrong.Add($"{customer}: {count}");
            }
        });

        var after = _acknowledged.Count - before.Count;
        output.WriteLine($"backup of a silo under load ({Senders} senders) took {(finished - started).TotalMilliseconds:0} ms, " +
            $"{during} customers acknowledged meanwhile; restored: {before.Count} acknowledged before the copy started, {after} after");
        Assert.True(before.Count >= 200);
        Assert.True(during > 0, "the copy was not taken under load");
        Assert.True(wrong.IsEmpty, $"{wrong.Count} of {before.Count} customers acknowledged before the copy are not whole in it: {string.Join(", ", wrong.Take(20))}");
    }

    public void Dispose()
    {
        foreach (var folder in new[] { _live, _backups, _restored })
        {
            TempFolder.Delete(folder);
        }
    }

    /// <summary>Each batch a new customer with <see cref="EventsPerCustomer"/> touchpoints; notes when it was answered 202.</summary>
    private async Task SendAsync(HttpClient client, int sender, CancellationToken stop)
    {
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var customer = $"backup-{sender}-{n}";
            var batch = new JsonArray([.. Enumerable.Range(0, EventsPerCustomer).Select(i => Touchpoints.Make($"{customer}-e{i}", customer))]);
            using var response = await client.PostAsJsonAsync("/api/touchpoints", batch, CancellationToken.None);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            _acknowledged[customer] = DateTime.UtcNow;
        }
    }

    private static async Task<(int ExitCode, string Printed)> RunBackupAsync(string database, string copy)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(SiloProcess.RepositoryRoot, "scripts", "backup.sh"), database, copy])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var backup = Process.Start(start)!;
        var printed = backup.StandardOutput.ReadToEndAsync();
        var errors = backup.StandardError.ReadToEndAsync();
        await backup.WaitForExitAsync();
        return (backup.ExitCode, backup.ExitCode == 0 ? await printed : await errors);
    }
}
