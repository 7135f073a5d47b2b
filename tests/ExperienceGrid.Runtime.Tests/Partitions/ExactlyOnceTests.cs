using ExperienceGrid.Runtime.Hosting;
using ExperienceGrid.Runtime.Partitions;
using ExperienceGrid.Runtime.Storage;
using ExperienceGrid.Runtime.Storage.Sqlite;
using ExperienceGrid.Runtime.Tests.Grains;
using ExperienceGrid.Runtime.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Runtime.Tests.Partitions;

public sealed class ExactlyOnceTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Messages_are_applied_exactly_once_across_a_crash_and_restart()
    {
        var keys = Enumerable.Range(0, 6).Select(i => $"eo-{Guid.NewGuid():N}-{i}").ToArray();
        var messages = keys.ToDictionary(k => k, k => Enumerable.Range(0, 120).Select(i => new CountMessage($"{k}/m{i}", i % 7 + 1)).ToArray());
        CrashingStore? crashing = null;

        // First life: small pages commit several times, then nothing more becomes durable (a crash mid-stream).
        await using (var grid = await TestGrid.StartAsync(_directory.Path, pageSize: 10, configure: services =>
            services.AddSingleton<IGridStore>(sp => crashing = new CrashingStore(ActivatorUtilities.CreateInstance<SqliteGridStore>(sp), allowedCommits: 5))))
        {
            foreach (var (key, batch) in messages)
            {
                foreach (var chunk in batch.Chunk(40))
                {
                    await grid.AppendCountsAsync(key, chunk);
                }
            }

            await Eventually.True(() => crashing!.FailedCommits > 0, "a commit failed after the simulated crash");
        }

        // The crash left work applied in memory but not committed: the restart must replay it.
        var committed = await CommittedOffsetsAsync();
        Assert.InRange(committed, 1, 719);

        // Second life on the same file: replay from the committed offsets over the committed snapshots.
        await using (var grid = await TestGrid.StartAsync(_directory.Path))
        {
            foreach (var key in keys)
            {
                var counter = grid.Grains.GetGrain<ICounterGrain>(key);
                await Eventually.True(async () => (await counter.GetAsync()).Seen.Count >= 120, $"{key} applied every message");
                var state = await counter.GetAsync();
                Assert.Equal(messages[key].Select(m => m.Id), state.Seen);
                Assert.Equal(messages[key].Sum(m => m.Value), state.Total);
            }

            // Re-ingesting the same ids changes nothing.
            var again = await grid.AppendCountsAsync(keys[0], messages[keys[0]]);
            Assert.Equal(new AppendResult(0, 120), again);
        }

        // Third life after a graceful stop: nothing replays twice.
        await using (var grid = await TestGrid.StartAsync(_directory.Path))
        {
            var state = await grid.Grains.GetGrain<ICounterGrain>(keys[^1]).GetAsync();
            Assert.Equal(120, state.Seen.Count);
            Assert.Equal(messages[keys[^1]].Sum(m => m.Value), state.Total);
        }

        Assert.Equal(720, await CommittedOffsetsAsync());
    }

    private async Task<long> CommittedOffsetsAsync()
    {
        var options = Options.Create(new GridOptions { DataDirectory = _directory.Path, PartitionCount = 8 });
        var partitioner = new GridPartitioner(options);
        await using var store = new SqliteGridStore(options, partitioner, new PartitionSignals(partitioner), TimeProvider.System, NullLogger<SqliteGridStore>.Instance);
        await store.OpenAsync(CancellationToken.None);
        long total = 0;
        for (var partition = 0; partition < 8; partition++)
        {
            total += await store.GetCommittedOffsetAsync(partition, CancellationToken.None);
        }

        return total;
    }
}
