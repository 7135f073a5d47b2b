namespace ExperienceGrid.Silo.Grains;

/// <summary>
/// One Orleans reminder per guest, "tick", does two jobs. While a visit is open it is due at the model's next check
/// (a wait nearing misery, a recovery window, the visit's inactivity timeout), so nudges and time-based risk come on
/// time. While the outbox holds anything it is due within a minute (Orleans' shortest period), so a guest whose
/// deliveries a crash left undelivered is woken within a minute even if they never send another event. It is registered
/// before the write that stores the outbox, and removed when a tick finds neither a visit nor an outbox.
/// </summary>
public sealed partial class CustomerGrain
{
    private const string TickReminder = "tick";
    private static readonly TimeSpan _tickPeriod = TimeSpan.FromMinutes(1);

    // On a touchpoint the due time only moves earlier; a tick that fires early finds nothing due and sets it again.
    private async Task ScheduleTickAsync(bool ticked)
    {
        var now = time.GetUtcNow();
        DateTimeOffset?[] dues = [model.NextCheckAt(Customer), State.Outbox.Count > 0 ? now + _tickPeriod : null];
        var next = dues.Min();
        if (next is null)
        {
            if (State.AdvanceDueAt is not null || ticked)
            {
                if (await this.GetReminder(TickReminder) is { } reminder)
                {
                    await this.UnregisterReminder(reminder);
                }

                State.AdvanceDueAt = null;
            }

            return;
        }

        if (!ticked && State.AdvanceDueAt is { } due && due <= next)
        {
            return;
        }

        var dueIn = next.Value - now;
        await this.RegisterOrUpdateReminder(TickReminder, dueIn > TimeSpan.Zero ? dueIn : TimeSpan.FromMilliseconds(1), _tickPeriod);
        State.AdvanceDueAt = next;
    }
}
