using Microsoft.Extensions.Logging;

namespace ExperienceGrid.Runtime.Diagnostics;

/// <summary>Source-generated log messages of the runtime.</summary>
internal static partial class GridLog
{
    [LoggerMessage(1, LogLevel.Error, "Journal turn failed on partition {Partition} at offset {Offset} (message {MessageId} to {Grain}); the message is consumed")]
    public static partial void JournalTurnFailed(ILogger logger, Exception exception, int partition, long offset, string messageId, GrainId grain);

    [LoggerMessage(2, LogLevel.Error, "Consumer of partition {Partition} failed; retrying")]
    public static partial void ConsumerFailed(ILogger logger, Exception exception, int partition);

    [LoggerMessage(3, LogLevel.Error, "Final commit of partition {Partition} failed; it replays from its last committed offset")]
    public static partial void FinalCommitFailed(ILogger logger, Exception exception, int partition);

    [LoggerMessage(4, LogLevel.Error, "Activation of grain {Grain} failed")]
    public static partial void ActivationFailed(ILogger logger, Exception exception, GrainId grain);

    [LoggerMessage(5, LogLevel.Warning, "OnDeactivateAsync of grain {Grain} failed")]
    public static partial void DeactivationFailed(ILogger logger, Exception exception, GrainId grain);

    [LoggerMessage(6, LogLevel.Error, "Capturing the state of grain {Grain} failed")]
    public static partial void CaptureFailed(ILogger logger, Exception exception, GrainId grain);

    [LoggerMessage(7, LogLevel.Warning, "Timer callback of grain {Grain} failed")]
    public static partial void TimerFailed(ILogger logger, Exception exception, GrainId grain);

    [LoggerMessage(8, LogLevel.Error, "Notification handler for {NotificationType} failed")]
    public static partial void NotificationHandlerFailed(ILogger logger, Exception exception, string notificationType);

    [LoggerMessage(9, LogLevel.Debug, "Deactivated {Count} idle activations on partition {Partition}")]
    public static partial void Deactivated(ILogger logger, int count, int partition);

    [LoggerMessage(10, LogLevel.Error, "Reminder poll failed")]
    public static partial void ReminderPollFailed(ILogger logger, Exception exception);

    [LoggerMessage(11, LogLevel.Error, "Journal write transaction of {Count} requests failed; retrying them one by one")]
    public static partial void WriteGroupFailed(ILogger logger, Exception exception, int count);

    [LoggerMessage(12, LogLevel.Information, "Grid store opened at {Path} with {PartitionCount} partitions")]
    public static partial void StoreOpened(ILogger logger, string path, int partitionCount);

    [LoggerMessage(13, LogLevel.Information, "Grid started with {Count} owned partitions")]
    public static partial void GridStarted(ILogger logger, int count);

    [LoggerMessage(14, LogLevel.Warning, "Partition {Partition} was acquired by another silo since epoch {Epoch}; its host stops without committing")]
    public static partial void PartitionFenced(ILogger logger, Exception exception, int partition, long epoch);
}
