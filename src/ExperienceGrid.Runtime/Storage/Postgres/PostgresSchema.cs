using System.Globalization;
using Npgsql;

namespace ExperienceGrid.Runtime.Storage.Postgres;

/// <summary>
/// Applies the embedded numbered scripts (Scripts/N_Name.sql) that are not yet recorded in schema_versions, and
/// creates the per-partition rows, all in ONE transaction under a transaction-scoped advisory lock, so silos
/// starting together migrate once and never see a half-created schema.
/// </summary>
internal static class PostgresSchema
{
    private const string ResourcePrefix = "Postgres.Scripts.";

    public static async Task ApplyAsync(NpgsqlDataSource dataSource, int partitionCount, CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(ct).ConfigureAwait(false);
        await ExecuteAsync(connection, "SELECT pg_advisory_xact_lock($1, 0)", ct, PostgresLocks.SchemaNamespace).ConfigureAwait(false);
        await ExecuteAsync(connection, """
            CREATE TABLE IF NOT EXISTS schema_versions (
                version    integer     NOT NULL PRIMARY KEY,
                script     text        NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            )
            """, ct).ConfigureAwait(false);
        var applied = new HashSet<int>();
        await using (var command = new NpgsqlCommand("SELECT version FROM schema_versions", connection))
        await using (var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(ct).ConfigureAwait(false))
            {
                applied.Add(reader.GetInt32(0));
            }
        }

        foreach (var (version, resource) in Scripts().Where(s => !applied.Contains(s.Version)))
        {
            await ExecuteAsync(connection, Read(resource), ct).ConfigureAwait(false);
            await ExecuteAsync(connection, "INSERT INTO schema_versions (version, script) VALUES ($1, $2)", ct, version, resource[ResourcePrefix.Length..]).ConfigureAwait(false);
        }

        await CheckPartitionCountAsync(connection, partitionCount, ct).ConfigureAwait(false);

        // Only missing rows are inserted: ON CONFLICT on a row another silo is updating would wait for it.
        await ExecuteAsync(connection, """
            INSERT INTO partition_heads (partition_id, last_offset) SELECT g, 0 FROM generate_series(0, $1 - 1) g
            WHERE NOT EXISTS (SELECT 1 FROM partition_heads t WHERE t.partition_id = g) ON CONFLICT DO NOTHING;
            """, ct, partitionCount).ConfigureAwait(false);
        await ExecuteAsync(connection, """
            INSERT INTO partition_owners (partition_id, epoch) SELECT g, 0 FROM generate_series(0, $1 - 1) g
            WHERE NOT EXISTS (SELECT 1 FROM partition_owners t WHERE t.partition_id = g) ON CONFLICT DO NOTHING;
            """, ct, partitionCount).ConfigureAwait(false);
        await transaction.CommitAsync(ct).ConfigureAwait(false);
    }

    private static async Task CheckPartitionCountAsync(NpgsqlConnection connection, int partitionCount, CancellationToken ct)
    {
        var expected = partitionCount.ToString(CultureInfo.InvariantCulture);
        await ExecuteAsync(connection, "INSERT INTO grid_meta (key, value) VALUES ('partition_count', $1) ON CONFLICT (key) DO NOTHING", ct, expected).ConfigureAwait(false);
        await using var command = new NpgsqlCommand("SELECT value FROM grid_meta WHERE key = 'partition_count'", connection);
        var stored = (string?)await command.ExecuteScalarAsync(ct).ConfigureAwait(false);
        if (stored != expected)
        {
            throw new InvalidOperationException(
                $"The PostgreSQL grid database was created with PartitionCount {stored}; the configured Grid:PartitionCount is {expected}. Partitions cannot change for an existing store.");
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct, params object[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    private static IEnumerable<(int Version, string Resource)> Scripts() =>
        typeof(PostgresSchema).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => (Version: int.Parse(name[ResourcePrefix.Length..].Split('_')[0], CultureInfo.InvariantCulture), Resource: name))
            .OrderBy(script => script.Version);

    private static string Read(string resource)
    {
        using var stream = typeof(PostgresSchema).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing embedded script {resource}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
