using ExperienceGrid.Contracts;

namespace ExperienceGrid.Silo.Privacy;

/// <summary>
/// Each silo, once active, makes sure the retention sweep's reminder is registered (or removed, with retention off).
/// A failure is logged, not fatal: the silo serves on, and the next silo start tries again.
/// </summary>
public static partial class RetentionStart
{
    public static async Task RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        try
        {
            await services.GetRequiredService<IGrainFactory>().GetGrain<IRetentionSweepGrain>(IRetentionSweepGrain.Key).Start().WaitAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            NotStarted(services.GetRequiredService<ILogger<IRetentionSweepGrain>>(), e);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The retention sweep's reminder could not be registered; inactive guests are not erased until a silo starts it")]
    private static partial void NotStarted(ILogger logger, Exception exception);
}
