namespace ExperienceGrid.Runtime.Storage.Postgres;

/// <summary>Reads on pooled connections; each statement sees committed data only.</summary>
public sealed partial class PostgresGridStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<JournalEntry>> ReadAsync(int partition, long afterOffset, int maxCount, CancellationToken ct)
    {
        await using var command = DataSource.CreateCommand("""
            SELECT entry_offset, message_id, grain_type, grain_key, message_type, payload FROM journal
            WHERE partition_id = $1 AND entry_offset > $2 ORDER BY entry_offset LIMIT $3
            """);
        command.Parameters.Add(new() { Value = partition });
        command.Parameters.Add(new() { Value = afterOffset });
        command.Parameters.Add(new() { Value = maxCount });
        var entries = new List<JournalEntry>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var envelope = new JournalEnvelope(
                reader.GetString(1), new GrainId(reader.GetString(2), reader.GetString(3)), reader.GetString(4), reader.GetFieldValue<byte[]>(5));
            entries.Add(new JournalEntry(reader.GetInt64(0), envelope));
        }

        return entries;
    }

    /// <inheritdoc />
    public async Task<long> GetCommittedOffsetAsync(int partition, CancellationToken ct)
    {
        await using var command = DataSource.CreateCommand("SELECT committed FROM partition_offsets WHERE partition_id = $1");
        command.Parameters.Add(new() { Value = partition });
        return await command.ExecuteScalarAsync(ct).ConfigureAwait(false) is long committed ? committed : 0;
    }

    /// <inheritdoc />
    public async Task<byte[]?> LoadSnapshotAsync(GrainId grain, CancellationToken ct)
    {
        await using var command = DataSource.CreateCommand("SELECT state FROM snapshots WHERE grain_type = $1 AND grain_key = $2");
        command.Parameters.Add(new() { Value = grain.Type });
        command.Parameters.Add(new() { Value = grain.Key });
        return await command.ExecuteScalarAsync(ct).ConfigureAwait(false) as byte[];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReminderEntry>> GetDueRemindersAsync(IReadOnlyCollection<int> partitions, DateTimeOffset now, int maxCount, CancellationToken ct)
    {
        if (partitions.Count == 0)
        {
            return [];
        }

        await using var command = DataSource.CreateCommand("""
            SELECT grain_type, grain_key, name, first_tick, next_due, period FROM reminders
            WHERE next_due <= $1 AND partition_id = ANY($2) ORDER BY next_due LIMIT $3
            """);
        command.Parameters.Add(new() { Value = now.UtcTicks });
        command.Parameters.Add(new() { Value = partitions.ToArray() });
        command.Parameters.Add(new() { Value = maxCount });
        var due = new List<ReminderEntry>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            due.Add(new ReminderEntry(
                new GrainId(reader.GetString(0), reader.GetString(1)),
                reader.GetString(2),
                new DateTimeOffset(reader.GetInt64(3), TimeSpan.Zero),
                new DateTimeOffset(reader.GetInt64(4), TimeSpan.Zero),
                TimeSpan.FromTicks(reader.GetInt64(5))));
        }

        return due;
    }
}
