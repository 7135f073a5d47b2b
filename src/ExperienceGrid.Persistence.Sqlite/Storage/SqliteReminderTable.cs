using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace ExperienceGrid.Persistence.Sqlite.Storage;

/// <summary>
/// Orleans reminder table in the shared SQLite file. Writes go through the same group-commit writer as grain state;
/// reads use their own connections. Rows carry the grain's uniform hash (indexed) for the silos' ring-range reads.
/// </summary>
internal sealed class SqliteReminderTable(SqliteDatabase database, string serviceId) : IReminderTable
{
    private const string Columns = "SELECT grain_id, reminder_name, start_at, period, etag FROM reminders WHERE service_id = $service";

    /// <summary>Creates the table from the options named <see cref="SqliteStorageOptions.RemindersOptionsName"/>.</summary>
    public static SqliteReminderTable Create(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptionsMonitor<SqliteStorageOptions>>().Get(SqliteStorageOptions.RemindersOptionsName);
        return new SqliteReminderTable(
            services.GetRequiredService<SqliteDatabaseRegistry>().Get(options),
            services.GetRequiredService<IOptions<ClusterOptions>>().Value.ServiceId);
    }

    internal SqliteDatabase Database => database;

    public Task StartAsync(CancellationToken cancellationToken = default) => database.OpenAsync().WaitAsync(cancellationToken);

    public Task<ReminderTableData> ReadRows(GrainId grainId) =>
        Query(" AND grain_id = $grain", command => command.Parameters.AddWithValue("$grain", grainId.ToString()));

    // The range is (begin, end] on the hash ring; begin >= end wraps past uint.MaxValue (begin == end: the whole ring).
    public Task<ReminderTableData> ReadRows(uint begin, uint end) => Query(
        begin < end ? " AND grain_hash > $begin AND grain_hash <= $end" : " AND (grain_hash > $begin OR grain_hash <= $end)",
        command =>
        {
            command.Parameters.AddWithValue("$begin", (long)begin);
            command.Parameters.AddWithValue("$end", (long)end);
        });

    public async Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName)
    {
        var rows = await Query(" AND grain_id = $grain AND reminder_name = $name", command =>
        {
            command.Parameters.AddWithValue("$grain", grainId.ToString());
            command.Parameters.AddWithValue("$name", reminderName);
        }).ConfigureAwait(false);
        return rows.Reminders.Count == 0 ? null : rows.Reminders[0];
    }

    public async Task<string?> UpsertRow(ReminderEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return await database.WriteAsync(new ReminderUpsert(serviceId, entry)).ConfigureAwait(false);
    }

    public async Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag)
    {
        // An ETag this table did not issue matches no row.
        if (!long.TryParse(eTag, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var expected))
        {
            return false;
        }

        return await database.WriteAsync(new ReminderRemove(serviceId, grainId.ToString(), reminderName, expected)).ConfigureAwait(false);
    }

    public Task TestOnlyClearTable() => database.WriteAsync(new ReminderClear(serviceId));

    private async Task<ReminderTableData> Query(string where, Action<SqliteCommand> bind)
    {
        await using var connection = await database.OpenReadConnectionAsync().ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = Columns + where;
        command.Parameters.AddWithValue("$service", serviceId);
        bind(command);
        using var reader = command.ExecuteReader();
        var entries = new List<ReminderEntry>();
        while (reader.Read())
        {
            entries.Add(new ReminderEntry
            {
                GrainId = GrainId.Parse(reader.GetString(0), CultureInfo.InvariantCulture),
                ReminderName = reader.GetString(1),
                StartAt = new DateTime(reader.GetInt64(2), DateTimeKind.Utc),
                Period = TimeSpan.FromTicks(reader.GetInt64(3)),
                ETag = reader.GetInt64(4).ToString(CultureInfo.InvariantCulture),
            });
        }

        return new ReminderTableData(entries);
    }
}
