using ExperienceGrid.Domain.Venues;

namespace ExperienceGrid.Silo.Grains;

/// <summary>
/// Deadlines: an alert nobody claims within Alerts:ClaimTimeout escalates; a care follow-up still open at its due time
/// turns overdue. Each kind has one reminder per venue, kept while anything waits for it (not one per alert: a
/// reminder is a table write when raised and a read and delete when claimed), so a deactivated or restarted venue
/// still meets its deadlines; while the venue is active a timer escalates on time, between the reminder's minute ticks.
/// </summary>
public sealed partial class VenueGrain
{
    /// <summary>Ticks each minute while an alert waits for a claim.</summary>
    private const string AlertsDue = "alerts-due";

    /// <summary>Ticks each minute while a care follow-up waits for its due time.</summary>
    private const string FollowUpsDue = "follow-ups-due";

    // An alert was raised, the venue activated or the timer fired: the next escalation must be scheduled.
    private bool _scheduleEscalation;

    // This activation has registered the alerts-due reminder (after activation it is not known, so registered again).
    private bool _alertsDueRegistered;

    // A care follow-up now waits for its due time: the due reminder must exist (registered once, not moved).
    private bool _followUpWaiting;

    private IGrainTimer? _escalationTimer;

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == FollowUpsDue)
        {
            // Written before it is told. Then the reminder moves to the next due time (a day away, it must not tick
            // every minute until then), or goes once no follow-up waits.
            var now = time.GetUtcNow();
            if (VenueModel.MarkOverdue(Venue, now) is { Changes.Count: > 0 } overdue)
            {
                await CommitAsync(overdue);
            }

            if (VenueModel.NextFollowUpDue(Venue) is { } next)
            {
                await this.RegisterOrUpdateReminder(FollowUpsDue, UntilDue(next, now), TimeSpan.FromMinutes(1));
            }
            else
            {
                await UnregisterAsync(FollowUpsDue);
            }

            return;
        }

        if (reminderName == AlertsDue)
        {
            await EscalateDueAsync();
            if (VenueModel.NextEscalationDue(Venue, alerts.Value.ClaimTimeout) is not null)
            {
                return;
            }

            _alertsDueRegistered = false;
        }

        // No alert waits for a claim, or the name is not ours (such as the per-alert reminders of earlier versions,
        // whose alerts the activation's timer escalates).
        await UnregisterAsync(reminderName);
    }

    /// <summary>Makes sure the deadlines of what this turn raised or opened will be met; at the end of every turn that may change the venue.</summary>
    private async Task ScheduleDeadlinesAsync()
    {
        if (_followUpWaiting && VenueModel.NextFollowUpDue(Venue) is { } due && await this.GetReminder(FollowUpsDue) is null)
        {
            await this.RegisterOrUpdateReminder(FollowUpsDue, UntilDue(due, time.GetUtcNow()), TimeSpan.FromMinutes(1));
        }

        _followUpWaiting = false;
        if (_scheduleEscalation && VenueModel.NextEscalationDue(Venue, alerts.Value.ClaimTimeout) is { } escalation)
        {
            if (!_alertsDueRegistered)
            {
                await this.RegisterOrUpdateReminder(AlertsDue, UntilDue(escalation, time.GetUtcNow()), TimeSpan.FromMinutes(1));
                _alertsDueRegistered = true;
            }

            _escalationTimer ??= this.RegisterGrainTimer(EscalateOnTimeAsync, UntilDue(escalation, time.GetUtcNow()), Timeout.InfiniteTimeSpan);
        }

        _scheduleEscalation = false;
    }

    private async Task EscalateOnTimeAsync()
    {
        _escalationTimer?.Dispose();
        _escalationTimer = null;
        _scheduleEscalation = true;
        await EscalateDueAsync();
        await ScheduleDeadlinesAsync();
    }

    /// <summary>Escalations are written before anyone is told: no customer would deliver them again.</summary>
    private async Task EscalateDueAsync()
    {
        if (VenueModel.EscalateDue(Venue, alerts.Value.ClaimTimeout, time.GetUtcNow()) is { Changes.Count: > 0 } escalated)
        {
            await CommitAsync(escalated);
        }
    }

    private async Task UnregisterAsync(string reminderName)
    {
        if (await this.GetReminder(reminderName) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private static TimeSpan UntilDue(DateTimeOffset due, DateTimeOffset now) => due - now > TimeSpan.FromSeconds(1) ? due - now : TimeSpan.FromSeconds(1);
}
