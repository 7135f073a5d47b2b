using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ExperienceGrid.Runtime.Storage.Sqlite;

/// <summary>
/// Applies the embedded numbered scripts (Scripts/N_Name.sql) in order, each once, in its own transaction,
/// recording the version in schema_versions. Scripts are themselves re-runnable.
/// </summary>
internal static class SqliteSchema
{
    private const string ResourcePrefix = "Sqlite.Scripts.";

    public static void Apply(SqliteConnection connection)
    {
        Execute(connection, null, """
            CREATE TABLE IF NOT EXISTS schema_versions (
                version    INTEGER NOT NULL PRIMARY KEY,
                script     TEXT    NOT NULL,
                applied_at TEXT    NOT NULL
            );
            """);
        foreach (var (version, name) in Scripts())
        {
            using var transaction = connection.BeginTransaction();
            using var check = connection.CreateCommand();
            check.Transaction = transaction;
            check.CommandText = "SELECT COUNT(*) FROM schema_versions WHERE version = $version";
            check.Parameters.AddWithValue("$version", version);
            if (Convert.ToInt64(check.ExecuteScalar(), CultureInfo.InvariantCulture) > 0)
            {
                continue;
            }

            Execute(connection, transaction, Read(name));
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_versions (version, script, applied_at) VALUES ($version, $script, $at)";
            record.Parameters.AddWithValue("$version", version);
            record.Parameters.AddWithValue("$script", name[ResourcePrefix.Length..]);
            record.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
            record.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    private static IEnumerable<(int Version, string Resource)> Scripts() =>
        typeof(SqliteSchema).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(".sql", StringComparison.Ordinal))
            .Select(name => (Version: int.Parse(name[ResourcePrefix.Length..].Split('_')[0], CultureInfo.InvariantCulture), Resource: name))
            .OrderBy(script => script.Version);

    private static string Read(string resource)
    {
        using var stream = typeof(SqliteSchema).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing embedded script {resource}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
