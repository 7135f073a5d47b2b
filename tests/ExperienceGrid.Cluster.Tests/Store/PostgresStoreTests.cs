using System.Text;
using ExperienceGrid.Runtime;
using ExperienceGrid.Runtime.Partitions;
using ExperienceGrid.Runtime.Storage;
using Npgsql;

namespace ExperienceGrid.Cluster.Tests.Store;

/// <summary>The PostgreSQL store against a real server, with several "silos" (stores) writing concurrently.</summary>
public sealed class PostgresStoreTests(PostgresServerFixture server) : IClassFixture<PostgresServerFixture>
{
    private static JournalEnvelope Envelope(string id, string key) =>
        new(id, new GrainId("counter", key), "add", Encoding.UTF8.GetBytes($"{{\"id\":\"{id}\"}}"));

    [Fact]
    public async Task Concurrent_writers_get_dense_commit_ordered_offsets_and_each_id_once()
    {
        var connectionString = await server.CreateDatabaseAsync();
        var silos = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => StoreSilo.OpenAsync(connectionString, $"writer-{i}")));
        var reader = silos[0].Store;
        using var stopReading = new CancellationTokenSource();
        var gaps = new List<string>();
        var readers = Enumerable.Range(0, StoreSilo.PartitionCount).Select(partition => Task.Run(async () =>
        {
            // A reader that saw offset n+1 before n would skip n forever: every page MUST continue the cursor.
            long cursor = 0;
            while (!stopReading.IsCancellationRequested)
            {
                foreach (var entry in await reader.ReadAsync(partition, cursor, 500, CancellationToken.None))
                {
                    if (entry.Offset != cursor + 1)
                    {
                        lock (gaps)
                        {
                            gaps.Add($"partition {partition}: after {cursor} read {entry.Offset}");
                        }
                    }

                    cursor = entry.Offset;
                }
            }

            return cursor;
        })).ToArray();

        // Every writer sends the same 2,000 ids (shuffled, in batches of 40, some large enough for COPY): heavy duplication.
        var ids = Enumerable.Range(0, 2000).Select(i => $"evt-{i}").ToArray();
        var results = await Task.WhenAll(silos.Select((silo, w) => Task.Run(async () =>
        {
            var accepted = 0;
            var shuffled = ids.OrderBy(_ => Random.Shared.Next()).ToArray();
            foreach (var chunk in shuffled.Chunk(w == 0 ? 100 : 40))
            {
                var result = await silo.Store.AppendAsync([.. chunk.Select(id => Envelope(id, $"k{id.GetHashCode() & 1023}"))], CancellationToken.None);
                Assert.Equal(chunk.Length, result.Accepted + result.Duplicates);
                accepted += result.Accepted;
            }

            return accepted;
        })));

        await Task.Delay(300);
        await stopReading.CancelAsync();
        var lastSeen = await Task.WhenAll(readers);
        Assert.Empty(gaps);
        Assert.Equal(ids.Length, results.Sum());

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var check = new NpgsqlCommand("""
            SELECT count(*), count(DISTINCT message_id),
                   (SELECT count(*) FROM (SELECT partition_id FROM journal GROUP BY partition_id HAVING max(entry_offset) <> count(*) OR min(entry_offset) <> 1) bad)
            FROM journal
            """, connection);
        await using var row = await check.ExecuteReaderAsync();
        await row.ReadAsync();
        Assert.Equal(ids.Length, row.GetInt64(0));
        Assert.Equal(ids.Length, row.GetInt64(1));
        Assert.Equal(0, row.GetInt64(2));
        Assert.Equal(ids.Length, lastSeen.Sum());
        foreach (var silo in silos)
        {
            await silo.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_commit_with_a_stale_epoch_is_refused_and_writes_nothing()
    {
        await using var silo = await StoreSilo.OpenAsync(await server.CreateDatabaseAsync(), "fenced");
        var grain = new GrainId("counter", "fenced-key");
        var partition = silo.Partitioner.GetPartition(grain.Key);
        await silo.Store.AppendAsync([Envelope("f-1", grain.Key)], CancellationToken.None);
        await using (var acquire = silo.Connections.DataSource.CreateCommand("UPDATE partition_owners SET epoch = 7 WHERE partition_id = $1"))
        {
            // Another silo acquired the partition twice since this owner's epoch 5.
            acquire.Parameters.Add(new() { Value = partition });
            await acquire.ExecuteNonQueryAsync();
        }

        var stale = new PartitionCommit(partition, 1, [new GrainSnapshot(grain, "{\"n\":1}"u8.ToArray())], [Envelope("f-out", "other")], []) { Epoch = 5 };
        var refused = await Assert.ThrowsAsync<PartitionFencedException>(() => silo.Store.CommitAsync(stale, CancellationToken.None));
        Assert.Equal(partition, refused.Partition);
        Assert.Null(await silo.Store.LoadSnapshotAsync(grain, CancellationToken.None));
        Assert.Equal(0, await silo.Store.GetCommittedOffsetAsync(partition, CancellationToken.None));
        Assert.Empty(await silo.Store.ReadAsync(silo.Partitioner.GetPartition("other"), 0, 10, CancellationToken.None));

        await silo.Store.CommitAsync(stale with { Epoch = 7 }, CancellationToken.None);
        Assert.NotNull(await silo.Store.LoadSnapshotAsync(grain, CancellationToken.None));
        Assert.Equal(1, await silo.Store.GetCommittedOffsetAsync(partition, CancellationToken.None));
        var delivered = await silo.Store.ReadAsync(silo.Partitioner.GetPartition("other"), 0, 10, CancellationToken.None);
        Assert.Single(delivered, e => e.Envelope.MessageId == "f-out");
    }

    [Fact]
    public async Task Silos_starting_together_migrate_the_schema_once()
    {
        var connectionString = await server.CreateDatabaseAsync();
        var silos = await Task.WhenAll(Enumerable.Range(0, 3).Select(i => StoreSilo.OpenAsync(connectionString, $"starter-{i}")));
        await using var command = silos[0].Connections.DataSource.CreateCommand(
            "SELECT (SELECT count(*) FROM schema_versions), (SELECT count(*) FROM partition_heads), (SELECT count(*) FROM partition_owners)");
        await using var row = await command.ExecuteReaderAsync();
        await row.ReadAsync();
        Assert.Equal(1, row.GetInt64(0));
        Assert.Equal(StoreSilo.PartitionCount, row.GetInt64(1));
        Assert.Equal(StoreSilo.PartitionCount, row.GetInt64(2));
        foreach (var silo in silos)
        {
            await silo.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_due_reminder_fired_by_two_silos_at_once_ticks_once()
    {
        var connectionString = await server.CreateDatabaseAsync();
        await using var first = await StoreSilo.OpenAsync(connectionString, "r-1");
        await using var second = await StoreSilo.OpenAsync(connectionString, "r-2");
        var grain = new GrainId("counter", "reminded");
        var partition = first.Partitioner.GetPartition(grain.Key);
        var start = new DateTimeOffset(2026, 11, 23, 19, 0, 0, TimeSpan.Zero);
        await first.Store.CommitAsync(new PartitionCommit(partition, 0, [], [], [new ReminderChange(grain, "sla", start, TimeSpan.FromMinutes(5))]), CancellationToken.None);

        var now = start.AddMinutes(1);
        var due = await first.Store.GetDueRemindersAsync([partition], now, 10, CancellationToken.None);
        Assert.Single(due);
        var fired = await Task.WhenAll(first.Store.FireRemindersAsync(due, now, CancellationToken.None), second.Store.FireRemindersAsync(due, now, CancellationToken.None));
        Assert.Equal(1, fired.Sum());
        Assert.Single(await first.Store.ReadAsync(partition, 0, 10, CancellationToken.None));
        Assert.Empty(await second.Store.GetDueRemindersAsync([partition], now, 10, CancellationToken.None));
    }
}
