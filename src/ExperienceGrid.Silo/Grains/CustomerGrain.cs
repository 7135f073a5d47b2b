using ExperienceGrid.Contracts;
using ExperienceGrid.Domain;
using ExperienceGrid.Domain.Signals;
using ExperienceGrid.Domain.Venues;
using ExperienceGrid.Silo.Grid;
using ExperienceGrid.Silo.Privacy;
using ExperienceGrid.Silo.Telemetry;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Grains;

/// <summary>
/// Applies a customer's touchpoints through the experience model. A batch answers only once the state holding it
/// (and the venue deliveries it caused: the outbox) is written; then the outbox goes to the venues, and again
/// until each venue has written what it took. Follow-ups and WOW opportunities travel in the outbox too: the venue
/// keeps and pushes them.
/// </summary>
public sealed partial class CustomerGrain(
    [PersistentState("customer", GridHostingExtensions.GrainStorage)] IPersistentState<CustomerGrainState> state,
    ExperienceModel model,
    VenueDeliveryBatcher venues,
    IOptions<GridOptions> options,
    IOptions<PrivacyOptions> privacy,
    TimeProvider time,
    GridMetrics metrics,
    ILogger<CustomerGrain> logger) : Grain, ICustomerGrain, IRemindable
{
    private bool _diverged;

    // Moments of the change being made, counted once its write succeeds (a failed one is retried by the client).
    private readonly List<MomentKind> _unwrittenMoments = [];

    private CustomerGrainState State => state.State;

    private string CustomerId => this.GetPrimaryKeyString();

    private CustomerState Customer => State.Customer ?? ExperienceModel.NewCustomer(CustomerId);

    public override Task OnActivateAsync(CancellationToken cancellationToken) => DeliverAsync(probe: true);

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // Stores the trimmed outbox so the next activation does not deliver what the venues hold (and settles a guest
        // with nothing pending); never a state that a failed write left ahead of storage. Not at silo shutdown: the
        // venues and the registry are going too, and calls to them wait on placement retries past the stop timeout; the
        // guest stays registered and settles when the next start wakes it.
        if (NextWake() is null && reason.ReasonCode != DeactivationReasonCode.ShuttingDown)
        {
            await SettleAsync();
        }
        else if (_outboxTrimmed && !_diverged)
        {
            await state.WriteStateAsync(cancellationToken);
        }

        CountOutbox(0);
    }

    public async Task<RecordResult> Record(IReadOnlyList<Touchpoint> touchpoints)
    {
        var accepted = 0;
        var acceptedAt = time.GetUtcNow();
        await ChangeAsync(async () =>
        {
            foreach (var touchpoint in touchpoints)
            {
                if (!Remember(touchpoint.EventId))
                {
                    continue;
                }

                accepted++;
                if (CustomerNames.From(touchpoint) is { } name)
                {
                    State.DisplayName = name;
                }

                Accept(model.Apply(Customer, touchpoint), touchpoint.EventId, acceptedAt);
            }

            if (accepted > 0)
            {
                await RegisterWakeAsync();
                await RegisterLastSeenAsync(touchpoints);
                await WriteChangeAsync();
            }
        });

        if (accepted > 0)
        {
            await DeliverAsync(probe: false);
        }

        return new RecordResult(accepted, touchpoints.Count - accepted);
    }

    public Task<CustomerView?> GetView() =>
        Task.FromResult(State.Customer is { TouchpointCount: > 0 } customer
            ? CustomerViews.From(customer, EndedVisits.Of(State.EndedVisits, customer))
            : null);

    /// <summary>False when the event id was applied already (one of the latest remembered).</summary>
    private bool Remember(string eventId)
    {
        var hash = EventIdHash.Of(eventId);
        var recent = State.RecentEventIds;
        if (recent.Contains(hash))
        {
            return false;
        }

        if (recent.Count >= options.Value.RememberedEventIds)
        {
            recent.RemoveRange(0, recent.Count - options.Value.RememberedEventIds + 1);
        }

        recent.Add(hash);
        return true;
    }

    private void Accept(CustomerOutcome outcome, string sourceId, DateTimeOffset? acceptedAt = null)
    {
        State.Customer = outcome.State;
        var displayName = State.DisplayName ?? CustomerNames.Default(CustomerId);
        foreach (var (venueId, activity) in VenueActivity.From(outcome.Signals, outcome.State, displayName, sourceId, acceptedAt))
        {
            State.Outbox.Add(new VenueDelivery(++State.DeliverySequence, venueId, activity));
        }

        _unwrittenMoments.AddRange(outcome.Signals.OfType<MomentRecorded>().Select(m => m.Moment.MomentKind));
        foreach (var closed in outcome.Signals.OfType<VisitClosed>())
        {
            EndedVisits.Record(State.EndedVisits, new EndedVisit(closed.VenueId, closed.At));
        }
    }

    private async Task WriteChangeAsync()
    {
        await state.WriteStateAsync();
        _outboxTrimmed = false;
        foreach (var kind in _unwrittenMoments)
        {
            metrics.Moment(kind);
        }

        _unwrittenMoments.Clear();
        if (_leaving)
        {
            await SettleAsync();
        }
    }

    /// <summary>
    /// Runs a change of the state that ends with its write (the registration is moved first, as the write relies on
    /// it). If any step fails, memory may be ahead of storage: the next call must start from what storage holds, or a
    /// retried batch would be counted as duplicates of events that were never written.
    /// </summary>
    private async Task ChangeAsync(Func<Task> change)
    {
        try
        {
            await change();
        }
        catch
        {
            _diverged = true;
            DeactivateOnIdle();
            throw;
        }
    }
}
