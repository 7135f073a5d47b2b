using System.Globalization;

namespace ExperienceGrid.Persistence.Sqlite.Storage;

/// <summary>Inserts or replaces a reminder row and returns its new ETag.</summary>
internal sealed class ReminderUpsert(string serviceId, ReminderEntry entry) : SqliteWrite<string>
{
    // random(): a fresh 64-bit ETag per upsert, so a reminder removed and registered again never gets an old one.
    private const string Upsert = """
        INSERT INTO reminders (service_id, grain_id, reminder_name, grain_hash, start_at, period, etag)
        VALUES ($service, $grain, $name, $hash, $start, $period, random())
        ON CONFLICT (service_id, grain_id, reminder_name) DO UPDATE SET
            grain_hash = excluded.grain_hash, start_at = excluded.start_at, period = excluded.period, etag = excluded.etag
        RETURNING etag
        """;

    protected override string ExecuteCore(SqliteWriteContext context)
    {
        var command = context.Command(Upsert);
        command.Parameters.AddWithValue("$service", serviceId);
        command.Parameters.AddWithValue("$grain", entry.GrainId.ToString());
        command.Parameters.AddWithValue("$name", entry.ReminderName);
        command.Parameters.AddWithValue("$hash", (long)entry.GrainId.GetUniformHashCode());
        command.Parameters.AddWithValue("$start", entry.StartAt.ToUniversalTime().Ticks);
        command.Parameters.AddWithValue("$period", entry.Period.Ticks);
        var etag = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        return etag.ToString(CultureInfo.InvariantCulture);
    }
}

/// <summary>Deletes a reminder row if its ETag still matches; false when it does not (or the row is gone).</summary>
internal sealed class ReminderRemove(string serviceId, string grainId, string reminderName, long etag) : SqliteWrite<bool>
{
    private const string Delete = """
        DELETE FROM reminders
        WHERE service_id = $service AND grain_id = $grain AND reminder_name = $name AND etag = $etag
        """;

    protected override bool ExecuteCore(SqliteWriteContext context)
    {
        var command = context.Command(Delete);
        command.Parameters.AddWithValue("$service", serviceId);
        command.Parameters.AddWithValue("$grain", grainId);
        command.Parameters.AddWithValue("$name", reminderName);
        command.Parameters.AddWithValue("$etag", etag);
        return command.ExecuteNonQuery() == 1;
    }
}

/// <summary>Deletes every reminder of the service (tests only).</summary>
internal sealed class ReminderClear(string serviceId) : SqliteWrite<int>
{
    protected override int ExecuteCore(SqliteWriteContext context)
    {
        var command = context.Command("DELETE FROM reminders WHERE service_id = $service");
        command.Parameters.AddWithValue("$service", serviceId);
        return command.ExecuteNonQuery();
    }
}
