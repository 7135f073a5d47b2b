using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ExperienceGrid.Persistence.Sqlite.Storage;

/// <summary>
/// One <see cref="SqliteDatabase"/> per full file path in this container, so the grain storage providers and the
/// reminder table that name the same file share its single writer. Disposing the container closes them all.
/// </summary>
internal sealed class SqliteDatabaseRegistry(ILoggerFactory loggerFactory) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<SqliteDatabase>> _databases = new(StringComparer.Ordinal);

    /// <summary>The database for <see cref="SqliteStorageOptions.DatabasePath"/>; the first caller's batch size wins.</summary>
    public SqliteDatabase Get(SqliteStorageOptions options)
    {
        var path = Path.GetFullPath(options.DatabasePath);
        return _databases.GetOrAdd(
            path,
            static (fullPath, state) => new Lazy<SqliteDatabase>(() => new SqliteDatabase(
                fullPath, state.MaxBatchSize, state.LoggerFactory.CreateLogger<SqliteDatabase>())),
            (options.MaxBatchSize, LoggerFactory: loggerFactory)).Value;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var database in _databases.Values.Where(database => database.IsValueCreated))
        {
            await database.Value.DisposeAsync().ConfigureAwait(false);
        }
    }
}
