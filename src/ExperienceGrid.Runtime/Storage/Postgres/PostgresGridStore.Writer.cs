using ExperienceGrid.Runtime.Partitions;
using Npgsql;

namespace ExperienceGrid.Runtime.Storage.Postgres;

/// <summary>The writer loop: group commit of queued ingestion batches and partition commits' outboxes.</summary>
public sealed partial class PostgresGridStore
{
    private const int MaxRowsPerTransaction = 20_000;

    private async Task WriteLoopAsync()
    {
        var reader = _requests.Reader;
        var group = new List<PostgresAppendRequest>();
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            group.Clear();
            var rows = 0;
            while (rows < MaxRowsPerTransaction && reader.TryRead(out var request))
            {
                group.Add(request);
                rows += request.Batch.Count;
            }

            if (!await TryWriteAsync(group, failRequests: group.Count == 1).ConfigureAwait(false))
            {
                // One bad request must not fail the others it was grouped with.
                foreach (var request in group)
                {
                    await TryWriteAsync([request], failRequests: true).ConfigureAwait(false);
                }
            }
        }
    }

    /// <summary>Appends the group in one transaction; completes the requests only after commit.</summary>
    private async Task<bool> TryWriteAsync(List<PostgresAppendRequest> group, bool failRequests)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var (live, appended, fenced) = await AppendInTransactionAsync(group).ConfigureAwait(false);
                foreach (var request in fenced)
                {
                    request.Completion.TrySetException(new PartitionFencedException(request.Fence!.Value.Partition, request.Fence.Value.Epoch));
                }

                var index = 0;
                foreach (var request in live)
                {
                    var accepted = 0;
                    for (var i = 0; i < request.Batch.Count; i++, index++)
                    {
                        accepted += appended[index] ? 1 : 0;
                    }

                    request.Completion.TrySetResult(new AppendResult(accepted, request.Batch.Count - accepted));
                }

                return true;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation && attempt < 5)
            {
                // The same message id raced in through another partition's append: retry, the lookup now sees it.
            }
            catch (Exception ex)
            {
                if (failRequests)
                {
                    foreach (var request in group)
                    {
                        request.Completion.TrySetException(ex);
                    }
                }
                else
                {
                    PostgresLog.WriteGroupFailed(_logger, ex, group.Count);
                }

                return false;
            }
        }
    }

    private async Task<(List<PostgresAppendRequest> Live, bool[] Appended, List<PostgresAppendRequest> Fenced)> AppendInTransactionAsync(
        List<PostgresAppendRequest> group)
    {
        await using var connection = await DataSource.OpenConnectionAsync().ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        var owned = await OwnedFencesAsync(connection, transaction, group).ConfigureAwait(false);
        var fenced = group.Where(r => r.Fence is { } fence && !owned.Contains(fence)).ToList();
        var live = group.Except(fenced).ToList();
        var (appended, heads) = await PostgresJournalAppend.AppendAsync(
            connection, transaction, [.. live.SelectMany(r => r.Batch)], _partitioner, CancellationToken.None).ConfigureAwait(false);
        await transaction.CommitAsync().ConfigureAwait(false);
        Signal(heads);
        return (live, appended, fenced);
    }

    /// <summary>
    /// The fences still held, share-locked until the transaction ends: a concurrent acquisition (epoch bump) waits
    /// for it, and one that came first leaves the fence out.
    /// </summary>
    private static async Task<HashSet<(int Partition, long Epoch)>> OwnedFencesAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, List<PostgresAppendRequest> group)
    {
        var fences = group.Select(r => r.Fence).OfType<(int Partition, long Epoch)>().Distinct().OrderBy(f => f.Partition).ToList();
        var owned = new HashSet<(int Partition, long Epoch)>();
        if (fences.Count == 0)
        {
            return owned;
        }

        await using var command = new NpgsqlCommand("""
            SELECT o.partition_id, o.epoch FROM partition_owners o
            JOIN unnest($1::integer[], $2::bigint[]) AS f(partition_id, epoch) ON o.partition_id = f.partition_id AND o.epoch = f.epoch
            ORDER BY o.partition_id FOR SHARE OF o
            """, connection, transaction);
        command.Parameters.Add(new() { Value = fences.Select(f => f.Partition).ToArray() });
        command.Parameters.Add(new() { Value = fences.Select(f => f.Epoch).ToArray() });
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            owned.Add((reader.GetInt32(0), reader.GetInt64(1)));
        }

        return owned;
    }
}
