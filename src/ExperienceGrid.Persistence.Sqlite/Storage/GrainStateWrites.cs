using System.Globalization;
using Orleans.Storage;

namespace ExperienceGrid.Persistence.Sqlite.Storage;

/// <summary>
/// Writes a state row if its version still equals the ETag the grain holds (no ETag: only if no row exists).
/// Each case is ONE statement, so a refused write changes nothing and a committed one is whole.
/// </summary>
internal sealed class GrainStateWrite(GrainStateKey key, long? expected, byte[] payload) : SqliteWrite<long>
{
    private const string Insert = """
        INSERT INTO grain_state (service_id, state_name, grain_id, version, payload)
        VALUES ($service, $state, $grain, 1, $payload) ON CONFLICT DO NOTHING
        """;

    private const string Update = $"UPDATE grain_state SET version = version + 1, payload = $payload WHERE {GrainStateKey.Where} AND version = $expected";

    protected override long ExecuteCore(SqliteWriteContext context)
    {
        var command = context.Command(expected is null ? Insert : Update);
        key.Bind(command);
        command.Parameters.AddWithValue("$payload", payload);
        if (expected is { } version)
        {
            command.Parameters.AddWithValue("$expected", version);
        }

        return command.ExecuteNonQuery() == 1 ? (expected ?? 0) + 1 : Refuse(GrainStateConflict.Create(context, key, expected, "write"));
    }
}

/// <summary>
/// Clears a state row under the same ETag rule. The row stays, payload NULL and version bumped, so the version
/// (the ETag) keeps growing and a stale ETag from before the clear can never match again.
/// </summary>
internal sealed class GrainStateClear(GrainStateKey key, long? expected) : SqliteWrite<long?>
{
    private const string Exists = $"SELECT COUNT(*) FROM grain_state WHERE {GrainStateKey.Where}";

    private const string Update = $"UPDATE grain_state SET version = version + 1, payload = NULL WHERE {GrainStateKey.Where} AND version = $expected";

    protected override long? ExecuteCore(SqliteWriteContext context)
    {
        if (expected is not { } version)
        {
            // Nothing stored and no ETag held: clearing is a no-op that succeeds.
            var exists = context.Command(Exists);
            key.Bind(exists);
            return Convert.ToInt64(exists.ExecuteScalar(), CultureInfo.InvariantCulture) == 0
                ? null
                : Refuse(GrainStateConflict.Create(context, key, expected, "clear"));
        }

        var command = context.Command(Update);
        key.Bind(command);
        command.Parameters.AddWithValue("$expected", version);
        return command.ExecuteNonQuery() == 1 ? version + 1 : Refuse(GrainStateConflict.Create(context, key, expected, "clear"));
    }
}

/// <summary>Builds the <see cref="InconsistentStateException"/> of a refused state write, naming the stored ETag.</summary>
internal static class GrainStateConflict
{
    private const string Stored = $"SELECT version FROM grain_state WHERE {GrainStateKey.Where}";

    public static InconsistentStateException Create(SqliteWriteContext context, GrainStateKey key, long? expected, string operation)
    {
        var command = context.Command(Stored);
        key.Bind(command);
        var stored = command.ExecuteScalar() is long version ? version.ToString(CultureInfo.InvariantCulture) : null;
        var current = expected?.ToString(CultureInfo.InvariantCulture);
        return new InconsistentStateException(
            $"ETag conflict on {operation} of state '{key.StateName}' for grain {key.GrainId}: stored ETag {stored ?? "(none)"}, grain's ETag {current ?? "(none)"}.",
            stored ?? string.Empty,
            current ?? string.Empty);
    }
}
