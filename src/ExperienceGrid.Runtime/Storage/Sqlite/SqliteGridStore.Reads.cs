using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ExperienceGrid.Runtime.Storage.Sqlite;

/// <summary>Reads on pooled reader connections; WAL gives each a consistent committed snapshot.</summary>
public sealed partial class SqliteGridStore
{
    /// <inheritdoc />
    public async Task<IReadOnlyList<JournalEntry>> ReadAsync(int partition, long afterOffset, int maxCount, CancellationToken ct)
    {
        await using var connection = await OpenReaderAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT entry_offset, message_id, grain_type, grain_key, message_type, payload FROM journal
            WHERE partition_id = $p AND entry_offset > $after ORDER BY entry_offset LIMIT $max
            """;
        command.Parameters.AddWithValue("$p", partition);
        command.Parameters.AddWithValue("$after", afterOffset);
        command.Parameters.AddWithValue("$max", maxCount);
        var entries = new List<JournalEntry>();
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            var envelope = new JournalEnvelope(
                reader.GetString(1), new GrainId(reader.GetString(2), reader.GetString(3)), reader.GetString(4), (byte[])reader.GetValue(5));
            entries.Add(new JournalEntry(reader.GetInt64(0), envelope));
        }

        return entries;
    }

    /// <inheritdoc />
    public async Task<long> GetCommittedOffsetAsync(int partition, CancellationToken ct)
    {
        await using var connection = await OpenReaderAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT committed FROM partition_offsets WHERE partition_id = $p";
        command.Parameters.AddWithValue("$p", partition);
        var value = await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
        return value is null ? 0 : Convert.ToInt64(value, CultureInfo.InvariantCulture);
    }

    /// <inheritdoc />
    public async Task<byte[]?> LoadSnapshotAsync(GrainId grain, CancellationToken ct)
    {
        await using var connection = await OpenReaderAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT state FROM snapshots WHERE grain_type = $t AND grain_key = $k";
        command.Parameters.AddWithValue("$t", grain.Type);
        command.Parameters.AddWithValue("$k", grain.Key);
        return await command.ExecuteScalarAsync(ct).ConfigureAwait(false) as byte[];
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReminderEntry>> GetDueRemindersAsync(IReadOnlyCollection<int> partitions, DateTimeOffset now, int maxCount, CancellationToken ct)
    {
        if (partitions.Count == 0)
        {
            return [];
        }

        await using var connection = await OpenReaderAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var filter = partitions.Count == _heads.Length
            ? string.Empty
            : $"AND partition_id IN ({string.Join(',', partitions.Select(p => p.ToString(CultureInfo.InvariantCulture)))})";
        command.CommandText = $"""
            SELECT grain_type, grain_key, name, first_tick, next_due, period FROM reminders
            WHERE next_due <= $now {filter} ORDER BY next_due LIMIT $max
            """;
        command.Parameters.AddWithValue("$now", now.UtcTicks);
        command.Parameters.AddWithValue("$max", maxCount);
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

    private async Task<SqliteConnection> OpenReaderAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(_readConnectionString);
        try
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
