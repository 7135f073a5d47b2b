using ExperienceGrid.Contracts;

namespace ExperienceGrid.Silo.Privacy;

/// <summary>
/// The one road of a guest's erasure, for a person (<c>DELETE /api/customers/{id}</c>) and for the retention sweep:
/// the customer grain erases (idempotent), then the erasure is stored in the audit and logged.
/// </summary>
public sealed partial class GuestErasure(IGrainFactory grains, TimeProvider time, ILogger<GuestErasure> logger)
{
    /// <summary>Who the audit names for an erasure by the retention sweep (a person's is their user name).</summary>
    public const string Retention = "retention";

    /// <summary>Erases the guest at the request of <paramref name="by"/>, audited; done when it returns.</summary>
    public async Task<ErasureRecord> EraseAsync(string customerId, string by)
    {
        await grains.GetGrain<ICustomerGrain>(customerId).Erase();
        var erasure = await AuditAsync(customerId, by);
        Erased(logger, customerId, by);
        return erasure;
    }

    /// <summary>
    /// Erases the guest, audited as by <see cref="Retention"/>, if their latest touchpoint fell on
    /// <paramref name="day"/> or before; null when the guest was seen since or has nothing stored.
    /// </summary>
    public async Task<ErasureRecord?> EraseInactiveAsync(string customerId, DateOnly day)
    {
        if (!await grains.GetGrain<ICustomerGrain>(customerId).EraseIfLastSeenBy(day))
        {
            return null;
        }

        var erasure = await AuditAsync(customerId, Retention);
        ErasedInactive(logger, customerId, day);
        return erasure;
    }

    private async Task<ErasureRecord> AuditAsync(string customerId, string by)
    {
        var erasure = new ErasureRecord(customerId, by, time.GetUtcNow());
        await grains.GetGrain<IErasureLogGrain>(IErasureLogGrain.Key).Add(erasure);
        return erasure;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Guest {CustomerId} erased at the request of {User}")]
    private static partial void Erased(ILogger logger, string customerId, string user);

    [LoggerMessage(Level = LogLevel.Information, Message = "Guest {CustomerId} erased by the retention policy: no touchpoint after {Day} (UTC)")]
    private static partial void ErasedInactive(ILogger logger, string customerId, DateOnly day);
}
