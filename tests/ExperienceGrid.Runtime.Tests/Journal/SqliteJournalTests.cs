using System.Text;
using ExperienceGrid.Runtime.Hosting;
using ExperienceGrid.Runtime.Partitions;
using ExperienceGrid.Runtime.Storage;
using ExperienceGrid.Runtime.Storage.Sqlite;
using ExperienceGrid.Runtime.Tests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Runtime.Tests.Journal;

public sealed class SqliteJournalTests : IDisposable
{
    private const int Partitions = 4;
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Appends_are_read_back_by_partition_with_dense_offsets()
    {
        await using var store = await OpenAsync();
        var batch = Enumerable.Range(0, 100).Select(i => Envelope($"m-{i}", $"key-{i % 10}")).ToArray();

        var result = await store.AppendAsync(batch, CancellationToken.None);

        Assert.Equal(new AppendResult(100, 0), result);
        var all = new List<JournalEntry>();
        for (var partition = 0; partition < Partitions; partition++)
        {
            var entries = await ReadAllAsync(store, partition, pageSize: 7);
            Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long)i), entries.Select(e => e.Offset));
            Assert.All(entries, e => Assert.Equal(partition, GridPartitioner.ComputePartition(e.Envelope.Target.Key, Partitions)));
            all.AddRange(entries);
        }

        Assert.Equal(batch.Select(e => e.MessageId).Order(), all.Select(e => e.Envelope.MessageId).Order());
        var first = all.Single(e => e.Envelope.MessageId == "m-3").Envelope;
        Assert.Equal(new GrainId("counter", "key-3"), first.Target);
        Assert.Equal("payload m-3", Encoding.UTF8.GetString(first.Payload.Span));
    }

    [Fact]
    public async Task Duplicate_ids_within_and_across_batches_are_reported_and_not_appended()
    {
        await using var store = await OpenAsync();
        await store.AppendAsync([Envelope("a", "k"), Envelope("b", "k")], CancellationToken.None);

        var result = await store.AppendAsync([Envelope("b", "k"), Envelope("c", "k"), Envelope("c", "k"), Envelope("d", "k")], CancellationToken.None);

        Assert.Equal(new AppendResult(2, 2), result);
        var entries = await ReadAllAsync(store, GridPartitioner.ComputePartition("k", Partitions), pageSize: 100);
        Assert.Equal(["a", "b", "c", "d"], entries.Select(e => e.Envelope.MessageId));
        Assert.Equal([1L, 2, 3, 4], entries.Select(e => e.Offset));
    }

    [Fact]
    public async Task Concurrent_appends_are_group_committed_without_gaps_and_survive_reopen()
    {
        await using (var store = await OpenAsync())
        {
            var appends = Enumerable.Range(0, 40).Select(writer => Task.Run(() => store.AppendAsync(
                [.. Enumerable.Range(0, 50).Select(i => Envelope($"w{writer}-{i}", $"key-{(writer + i) % 13}"))], CancellationToken.None)));

            var results = await Task.WhenAll(appends);

            Assert.All(results, r => Assert.Equal(new AppendResult(50, 0), r));
        }

        await using var reopened = await OpenAsync();
        var total = 0;
        for (var partition = 0; partition < Partitions; partition++)
        {
            var entries = await ReadAllAsync(reopened, partition, pageSize: 64);
            Assert.Equal(Enumerable.Range(1, entries.Count).Select(i => (long)i), entries.Select(e => e.Offset));
            total += entries.Count;
        }

        Assert.Equal(2000, total);
        Assert.Equal(new AppendResult(0, 1), await reopened.AppendAsync([Envelope("w7-7", "key-1")], CancellationToken.None));
    }

    [Fact]
    public async Task Reopening_with_another_partition_count_is_refused()
    {
        await (await OpenAsync()).DisposeAsync();

        var options = Options.Create(new GridOptions { DataDirectory = _directory.Path, PartitionCount = Partitions * 2 });
        var partitioner = new GridPartitioner(options);
        await using var store = new SqliteGridStore(options, partitioner, new PartitionSignals(partitioner), TimeProvider.System, NullLogger<SqliteGridStore>.Instance);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.OpenAsync(CancellationToken.None));
        Assert.Contains("PartitionCount 4", error.Message);
    }

    internal static JournalEnvelope Envelope(string id, string key) =>
        new(id, new GrainId("counter", key), "count", Encoding.UTF8.GetBytes("payload " + id));

    private async Task<SqliteGridStore> OpenAsync()
    {
        var options = Options.Create(new GridOptions { DataDirectory = _directory.Path, PartitionCount = Partitions });
        var partitioner = new GridPartitioner(options);
        var store = new SqliteGridStore(options, partitioner, new PartitionSignals(partitioner), TimeProvider.System, NullLogger<SqliteGridStore>.Instance);
        await store.OpenAsync(CancellationToken.None);
        return store;
    }

    private static async Task<List<JournalEntry>> ReadAllAsync(IGridStore store, int partition, int pageSize)
    {
        var entries = new List<JournalEntry>();
        while (true)
        {
            var page = await store.ReadAsync(partition, entries.Count == 0 ? 0 : entries[^1].Offset, pageSize, CancellationToken.None);
            if (page.Count == 0)
            {
                return entries;
            }

            entries.AddRange(page);
        }
    }
}
