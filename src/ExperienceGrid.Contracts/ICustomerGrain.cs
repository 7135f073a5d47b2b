using ExperienceGrid.Domain;

namespace ExperienceGrid.Contracts;

/// <summary>A guest of the chain, keyed by customer id: live visit and lifetime loyalty.</summary>
[Alias("ExperienceGrid.ICustomerGrain")]
public interface ICustomerGrain : IGrainWithStringKey
{
    /// <summary>
    /// Applies the touchpoints whose event ids this guest has not seen yet, in order, and returns once the state
    /// holding them is durable; then hands what they changed to the venues.
    /// </summary>
    [Alias("Record")]
    Task<RecordResult> Record(IReadOnlyList<Touchpoint> touchpoints);

    /// <summary>The customer as the grid sees it now, or null when no touchpoint was ever applied.</summary>
    [Alias("GetView"), ReadOnly]
    Task<CustomerView?> GetView();

    /// <summary>
    /// Runs the model's check if it is due and delivers what the venues have not durably taken yet (the guest
    /// registry wakes guests so, at their due time and after a restart).
    /// </summary>
    /// <returns>When the guest is due to be woken next; null when nothing is pending.</returns>
    [Alias("Wake")]
    Task<DateTimeOffset?> Wake();

    /// <summary>
    /// Erases the guest: their state, registration and undelivered outbox, and at every venue of the chain their mark,
    /// visit, alert, nudge and follow-ups. Idempotent; done when it returns.
    /// </summary>
    [Alias("Erase")]
    Task Erase();

    /// <summary>
    /// Erases the guest as <see cref="Erase"/> does if their latest touchpoint fell on <paramref name="day"/> (UTC) or
    /// before; a guest seen since, or with nothing stored, stays as they are. Returns whether it erased.
    /// </summary>
    [Alias("EraseIfLastSeenBy")]
    Task<bool> EraseIfLastSeenBy(DateOnly day);
}
