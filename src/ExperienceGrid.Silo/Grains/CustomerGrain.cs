using ExperienceGrid.Contracts;
using ExperienceGrid.Domain;
using ExperienceGrid.Domain.Signals;
using ExperienceGrid.Silo.Grid;
using ExperienceGrid.Silo.Hubs;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Grains;

/// <summary>
/// Applies a customer's touchpoints through the experience model. A batch answers only once the state holding it
/// (and the venue deliveries it caused: the outbox) is written; then the outbox goes to the venues, and again
/// until each venue has written what it took. While a visit is open or the outbox holds anything, a "deliver"
/// reminder is registered, so a crash cannot leave an outbox undelivered until the guest happens to come back.
/// WOW opportunities and follow-ups are pushed from here.
/// </summary>
public sealed partial class CustomerGrain(
    [PersistentState("customer", GridStorage.Name)] IPersistentState<CustomerGrainState> state,
    ExperienceModel model,
    FloorPush floor,
    DashboardState dashboards,
    IOptions<GridOptions> options,
    TimeProvider time,
    ILogger<CustomerGrain> logger) : Grain, ICustomerGrain, IRemindable
{
    private const string AdvanceReminder = "advance";
    private const string DeliverReminder = "deliver";

    // Orleans' shortest reminder period. A tick that finds nothing due is harmless, and the next due time moves it.
    private static readonly TimeSpan _reminderPeriod = TimeSpan.FromMinutes(1);

    private bool _diverged;

    private CustomerGrainState State => state.State;

    private string CustomerId => this.GetPrimaryKeyString();

    private CustomerState Customer => State.Customer ?? ExperienceModel.NewCustomer(CustomerId);

    public override Task OnActivateAsync(CancellationToken cancellationToken) => DeliverAsync(probe: true);

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        // Stores the trimmed outbox so the next activation does not deliver what the venues hold; never a state
        // that a failed write left ahead of storage.
        if (_outboxTrimmed && !_diverged)
        {
            await state.WriteStateAsync(cancellationToken);
        }
    }

    public async Task<RecordResult> Record(IReadOnlyList<Touchpoint> touchpoints)
    {
        var accepted = 0;
        var signals = new List<(ExperienceSignal Signal, string SourceId)>();
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

            Accept(model.Apply(Customer, touchpoint), touchpoint.EventId, signals);
        }

        if (accepted > 0)
        {
            await ScheduleAdvanceAsync(ticked: false);
            await EnsureDeliverReminderAsync();
            await WriteAsync();
            Push(signals);
            await DeliverAsync(probe: false);
        }

        return new RecordResult(accepted, touchpoints.Count - accepted);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == DeliverReminder)
        {
            await DeliverAsync(probe: true);
            await ForgetDeliverReminderAsync();
            return;
        }

        if (reminderName != AdvanceReminder || State.Customer is null)
        {
            return;
        }

        // The firing time, not the due time: a tick that fires late must not raise a nudge whose moment has passed.
        var now = time.GetUtcNow();
        var signals = new List<(ExperienceSignal Signal, string SourceId)>();
        Accept(model.Advance(Customer, now), $"advance:{CustomerId}:{now.UtcTicks}", signals);
        await ScheduleAdvanceAsync(ticked: true);
        await EnsureDeliverReminderAsync();
        await WriteAsync();
        Push(signals);
        await DeliverAsync(probe: false);
    }

    public Task<CustomerView?> GetView() =>
        Task.FromResult(State.Customer is { TouchpointCount: > 0 } customer ? CustomerViews.From(customer) : null);

    public Task DeliverPending() => DeliverAsync(probe: true);

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

    private void Accept(CustomerOutcome outcome, string sourceId, List<(ExperienceSignal, string)> signals)
    {
        State.Customer = outcome.State;
        var displayName = State.DisplayName ?? CustomerNames.Default(CustomerId);
        foreach (var (venueId, activity) in VenueActivities.From(outcome.Signals, outcome.State, displayName, sourceId))
        {
            State.Outbox.Add(new VenueDelivery(++State.DeliverySequence, venueId, activity));
        }

        signals.AddRange(outcome.Signals.Select(s => (s, sourceId)));
    }

    private async Task WriteAsync()
    {
        try
        {
            await state.WriteStateAsync();
            _outboxTrimmed = false;
        }
        catch
        {
            // Memory is now ahead of storage: the next call must start from what storage holds.
            _diverged = true;
            DeactivateOnIdle();
            throw;
        }
    }

    private void Push(List<(ExperienceSignal Signal, string SourceId)> signals)
    {
        var customer = Customer;
        var displayName = State.DisplayName ?? CustomerNames.Default(CustomerId);
        foreach (var (signal, sourceId) in signals)
        {
            switch (signal)
            {
                case WowOpportunity wow:
                    floor.Wow(new WowView(wow.CustomerId, displayName, customer.Loyalty.Tier.ToString(), wow.VenueId, wow.Zone,
                        wow.Reason, wow.Suggestions, wow.At, sourceId));
                    break;
                case FollowUpTask task:
                    dashboards.AddFollowUp(task);
                    break;
            }
        }
    }

    // Registered before the write that stores the outbox: a crash after that write still wakes this guest.
    private async Task EnsureDeliverReminderAsync()
    {
        if (!State.DeliveryReminder && State.Outbox.Count > 0)
        {
            await this.RegisterOrUpdateReminder(DeliverReminder, _reminderPeriod, _reminderPeriod);
            State.DeliveryReminder = true;
        }
    }

    // Kept for the whole visit, so a busy guest does not register it on every touchpoint.
    private async Task ForgetDeliverReminderAsync()
    {
        if (State.Outbox.Count > 0 || State.Customer?.Visit is not null)
        {
            return;
        }

        if (await this.GetReminder(DeliverReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        State.DeliveryReminder = false;
        await WriteAsync();
    }

    // The reminder only moves earlier on a touchpoint; when it fires early, Advance does nothing and it is set again.
    private async Task ScheduleAdvanceAsync(bool ticked)
    {
        var next = model.NextCheckAt(Customer);
        if (next is null)
        {
            if (State.AdvanceDueAt is not null || ticked)
            {
                if (await this.GetReminder(AdvanceReminder) is { } reminder)
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

        var dueIn = next.Value - time.GetUtcNow();
        await this.RegisterOrUpdateReminder(AdvanceReminder, dueIn > TimeSpan.Zero ? dueIn : TimeSpan.FromMilliseconds(1), _reminderPeriod);
        State.AdvanceDueAt = next;
    }

}
