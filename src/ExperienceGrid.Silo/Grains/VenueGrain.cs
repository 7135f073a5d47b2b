using ExperienceGrid.Contracts;
using ExperienceGrid.Domain.Venues;
using ExperienceGrid.Silo.Alerts;
using ExperienceGrid.Silo.Grid;
using ExperienceGrid.Silo.Telemetry;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Grains;

/// <summary>
/// A venue: a thin shell over <see cref="VenueModel"/>, which decides. The grain takes each customer's deliveries
/// and its staff's commands to the model, keeps what it answers, tells people through <see cref="IVenueFeed"/>,
/// meets escalation and follow-up deadlines (VenueGrain.Deadlines.cs), hands a quiet venue's minutes to the history
/// once a minute, and writes lazily (VenueGrain.Writes.cs).
/// </summary>
public sealed partial class VenueGrain(
    [PersistentState("venue", GridHostingExtensions.GrainStorage)] IPersistentState<VenueGrainState> state,
    VenueModel model,
    IOptions<AlertOptions> alerts,
    IOptions<GridOptions> grid,
    IVenueFeed feed,
    TimeProvider time,
    GridMetrics metrics,
    ILogger<VenueGrain> logger)
    : Grain, IVenueGrain, IRemindable
{
    private VenueState Venue => state.State.Venue ??= VenueModel.NewVenue(this.GetPrimaryKeyString());

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        this.RegisterGrainTimer(CloseMinutes, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));

        // Alerts stored as raised (e.g. before a crash) escalate on time, and the reminder is there for them.
        _scheduleEscalation = true;
        return ScheduleDeadlinesAsync();
    }

    public async Task<IReadOnlyList<DeliveryAck>> Apply(IReadOnlyList<VenueApply> applies)
    {
        var now = time.GetUtcNow();
        var acks = new DeliveryAck[applies.Count];
        for (var i = 0; i < applies.Count; i++)
        {
            var (customerId, after, deliveries) = applies[i];
            var last = VenueModel.LastApplied(Venue, customerId);
            if (after <= last && model.Apply(Venue, customerId, deliveries, now) is { Changes.Count: > 0 } outcome)
            {
                _writtenBefore.TryAdd(customerId, last);
                Keep(outcome);
                feed.Publish(Venue.VenueId, outcome.Changes);
            }

            acks[i] = new DeliveryAck(VenueModel.LastApplied(Venue, customerId), WrittenSequence(customerId));
        }

        await ScheduleDeadlinesAsync();
        return acks;
    }

    public Task Release(string customerId, long through)
    {
        // Written lazily: a crash before the write keeps the mark until Grid:DeliveryMemory passes.
        if (VenueModel.Release(Venue, customerId, through) is var released && !ReferenceEquals(released, Venue))
        {
            state.State.Venue = released;
            MarkDirty();
        }

        return Task.CompletedTask;
    }

    public async Task<bool> Handle(AlertCommand command)
    {
        var outcome = model.Handle(Venue, command, time.GetUtcNow());
        if (outcome.Refusal is { } refusal)
        {
            // Checked at the edge; a concurrent command or the visit's end won the race.
            LogCommandIgnored(logger, command.Kind, command.AlertId, refusal);
        }

        // Written first: a failed write reloads the alert as it was, with its escalation reminder still there.
        return await CommitAsync(outcome);
    }

    public async Task<FollowUp?> CompleteFollowUp(string followUpId, string by, string? outcome)
    {
        // Written first: a failed write reloads the follow-up as open, and the caller hears the failure.
        var done = model.CompleteFollowUp(Venue, followUpId, by, outcome, time.GetUtcNow());
        return await CommitAsync(done) ? done.Changes.OfType<FollowUpChanged>().Single().FollowUp : null;
    }

    public async Task Forget(string customerId)
    {
        // Written before it answers (and before anyone is told), so a completed erasure survives a crash.
        _writtenBefore.Remove(customerId);
        state.State.PendingRecoveries.RemoveAll(t => t.CustomerId == customerId);
        await CommitAsync(VenueModel.Forget(Venue, customerId, time.GetUtcNow()));
    }

    public Task<VenueView> GetView() => Task.FromResult(VenueModel.View(Venue, time.GetUtcNow()));

    public Task<IReadOnlyList<FloorAlert>> GetFloorAlerts() => Task.FromResult<IReadOnlyList<FloorAlert>>([.. VenueModel.OpenAlerts(Venue)]);

    public Task<IReadOnlyList<FloorNudge>> GetFloorNudges() => Task.FromResult<IReadOnlyList<FloorNudge>>([.. VenueModel.OpenNudges(Venue)]);

    public Task<FloorAlert?> GetAlert(string alertId) => Task.FromResult(VenueModel.FindAlert(Venue, alertId));

    public Task<IReadOnlyList<FollowUp>> GetOpenFollowUps() => Task.FromResult<IReadOnlyList<FollowUp>>([.. VenueModel.OpenFollowUps(Venue)]);

    // Only minutes to hand over: kept and written lazily like a delivery.
    private Task CloseMinutes()
    {
        if (VenueModel.CloseMinutes(Venue, time.GetUtcNow()) is { Changes.Count: > 0 } outcome)
        {
            Keep(outcome);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// A staff command's or a deadline's outcome: kept, written, then told, so nobody hears of a change that was lost.
    /// False, and nothing done, when the model refused it.
    /// </summary>
    private async Task<bool> CommitAsync(VenueOutcome outcome)
    {
        if (outcome.Refusal is not null)
        {
            return false;
        }

        Keep(outcome);
        await WriteAsync();
        feed.Publish(Venue.VenueId, outcome.Changes);
        await ScheduleDeadlinesAsync();
        return true;
    }

    /// <summary>Takes the model's new state, and what only the grain does about its changes: reminders and hand-overs.</summary>
    private void Keep(VenueOutcome outcome)
    {
        state.State.Venue = outcome.State;
        foreach (var change in outcome.Changes)
        {
            if (change is AlertChanged { Change: not AlertChange.Updated } alert)
            {
                metrics.AlertChanged(alert);
                _scheduleEscalation |= alert.Change == AlertChange.Raised;
            }
            else if (change is MinuteFinished finished)
            {
                state.State.PendingMinutes.Add(finished.Minute);
            }
            else if (change is FollowUpChanged { FollowUp: { Due: not null, OverdueAt: null, DoneAt: null } })
            {
                _followUpWaiting = true;
            }
            else if (change is FollowUpChanged { FollowUp: { OverdueAt: not null, DoneAt: null } overdue })
            {
                metrics.FollowUpOverdue(overdue.VenueId);
            }
            else if (change is RecoveryRequested recovery)
            {
                state.State.PendingRecoveries.AddRange(recovery.Touchpoints);
            }
        }

        MarkDirty();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Alert command {Kind} on {AlertId} ignored: {Reason}")]
    private static partial void LogCommandIgnored(ILogger logger, string kind, string alertId, string reason);
}
