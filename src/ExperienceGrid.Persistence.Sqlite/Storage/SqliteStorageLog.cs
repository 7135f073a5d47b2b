using Microsoft.Extensions.Logging;

namespace ExperienceGrid.Persistence.Sqlite.Storage;

/// <summary>Log messages of the SQLite providers.</summary>
internal static partial class SqliteStorageLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Opened SQLite database {Path} (WAL, synchronous=FULL) in {ElapsedMs:F1} ms")]
    public static partial void DatabaseOpened(ILogger logger, string path, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Trace, Message = "Committed {Count} writes in one transaction to {Path}")]
    public static partial void BatchCommitted(ILogger logger, string path, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A transaction of {Count} writes to {Path} failed; retrying each write alone")]
    public static partial void BatchFailed(ILogger logger, Exception exception, string path, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "A write to {Path} failed")]
    public static partial void WriteFailed(ILogger logger, Exception exception, string path);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Refused {Operation} of {StateName} for {GrainId}: ETag {ETag} does not match the stored {StoredETag}")]
    public static partial void StateConflict(ILogger logger, string operation, string stateName, string grainId, string? eTag, string? storedETag);
}
