using ExperienceGrid.Contracts;

namespace ExperienceGrid.Silo.Privacy;

/// <summary>The audit line of an erasure, beside its stored record (<see cref="IErasureLogGrain"/>).</summary>
public static partial class ErasureLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Guest {CustomerId} erased at the request of {User}")]
    public static partial void Erased(ILogger logger, string customerId, string user);
}
