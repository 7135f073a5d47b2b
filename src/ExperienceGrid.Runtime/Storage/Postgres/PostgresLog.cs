using Microsoft.Extensions.Logging;

namespace ExperienceGrid.Runtime.Storage.Postgres;

/// <summary>Source-generated log messages of the PostgreSQL engine, membership and backplane.</summary>
internal static partial class PostgresLog
{
    [LoggerMessage(101, LogLevel.Information, "PostgreSQL grid store opened by silo {SiloId} with {PartitionCount} partitions")]
    public static partial void StoreOpened(ILogger logger, string siloId, int partitionCount);

    [LoggerMessage(102, LogLevel.Error, "Journal append transaction of {Count} requests failed; retrying them one by one")]
    public static partial void WriteGroupFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(103, LogLevel.Warning, "Listening for PostgreSQL notifications failed; reconnecting")]
    public static partial void ListenFailed(ILogger logger, Exception exception);

    [LoggerMessage(104, LogLevel.Warning, "Partition balancing round of silo {SiloId} failed; ownership connection reset")]
    public static partial void BalanceFailed(ILogger logger, Exception exception, string siloId);

    [LoggerMessage(105, LogLevel.Information, "Silo {SiloId} acquired partitions [{Partitions}]")]
    public static partial void Acquired(ILogger logger, string siloId, string partitions);

    [LoggerMessage(106, LogLevel.Information, "Silo {SiloId} released partitions [{Partitions}]")]
    public static partial void Released(ILogger logger, string siloId, string partitions);

    [LoggerMessage(107, LogLevel.Warning, "Silo {SiloId} lost partitions [{Partitions}]")]
    public static partial void Lost(ILogger logger, string siloId, string partitions);

    [LoggerMessage(108, LogLevel.Warning, "Silo {DeadSiloId} missed its heartbeats; terminated its {Count} sessions")]
    public static partial void SiloExpired(ILogger logger, string deadSiloId, int count);

    [LoggerMessage(109, LogLevel.Warning, "Backplane send failed; {Count} notifications were not forwarded")]
    public static partial void BackplaneSendFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(110, LogLevel.Warning, "Backplane message could not be read")]
    public static partial void BackplaneReceiveFailed(ILogger logger, Exception exception);
}
