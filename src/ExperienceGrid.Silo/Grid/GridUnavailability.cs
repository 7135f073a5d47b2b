using Microsoft.Data.Sqlite;
using Orleans.Persistence.Redis;
using Orleans.Serialization;
using Orleans.Storage;
using StackExchange.Redis;

namespace ExperienceGrid.Silo.Grid;

/// <summary>
/// Tells a failure that passes when the grid's storage or membership comes back (Redis unreachable or still loading,
/// a silo that died, a call that timed out, a SQLite file busy or out of space, an ETag conflict after a failover)
/// from a genuine bug (a Redis script error, a state that does not deserialize), which must stay a 500.
/// </summary>
public static class GridUnavailability
{
    private const int MaxDepth = 8;

    // Redis answers these while it starts, fails over or runs a long script; any other server error is a bug of ours.
    private static readonly string[] _transientRedisErrors = ["LOADING", "BUSY", "MASTERDOWN", "TRYAGAIN", "READONLY"];

    // A failure that crossed from another silo may arrive only as text: Orleans wraps a storage provider's exception
    // in an OrleansException whose message prints it, and may not carry the inner exceptions along.
    private static readonly string[] _transientTexts =
    [
        typeof(RedisConnectionException).FullName!,
        typeof(RedisTimeoutException).FullName!,
        typeof(SiloUnavailableException).FullName!,
        typeof(OrleansMessageRejectionException).FullName!,
        .. _transientRedisErrors.Select(error => $"{typeof(RedisServerException).FullName}: {error}"),
    ];

    // SQLITE_BUSY, SQLITE_LOCKED, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN: the file, the disk or another writer.
    private static readonly int[] _transientSqliteErrors = [5, 6, 10, 13, 14];

    /// <summary>True when <paramref name="exception"/>, or any exception it wraps, is the grid being briefly unavailable.</summary>
    public static bool IsTransient(Exception? exception) => IsTransient(exception, 0);

    private static bool IsTransient(Exception? exception, int depth)
    {
        if (exception is null || depth > MaxDepth)
        {
            return false;
        }

        if (IsTransientItself(exception))
        {
            return true;
        }

        return exception is AggregateException aggregate
            ? aggregate.InnerExceptions.Any(inner => IsTransient(inner, depth + 1))
            : IsTransient(exception.InnerException, depth + 1);
    }

    private static bool IsTransientItself(Exception exception) => exception switch
    {
        SiloUnavailableException or OrleansMessageRejectionException or TimeoutException => true,
        InconsistentStateException => true,
        RedisConnectionException => true,
        RedisServerException server => _transientRedisErrors.Any(e => server.Message.StartsWith(e, StringComparison.Ordinal)),
        SqliteException sqlite => _transientSqliteErrors.Contains(sqlite.SqliteErrorCode),
        UnavailableExceptionFallbackException fallback => PrintsTransient(fallback.ExceptionType) || PrintsTransient(fallback.Message),
        OrleansException or RedisStorageException => PrintsTransient(exception.Message),
        _ => false,
    };

    private static bool PrintsTransient(string? text) =>
        text is { Length: > 0 } && _transientTexts.Any(name => text.Contains(name, StringComparison.Ordinal));
}
