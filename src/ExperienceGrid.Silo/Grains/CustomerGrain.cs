using ExperienceGrid.Contracts;
using ExperienceGrid.Domain;
using ExperienceGrid.Domain.Signals;
using ExperienceGrid.Runtime;

namespace ExperienceGrid.Silo.Grains;

/// <summary>
/// Applies a customer's touchpoints through the experience model. Venue aggregates are sent on
/// durably (exactly once, like this state); every signal is also published for live push.
/// </summary>
public sealed class CustomerGrain(ExperienceModel model) : Grain<CustomerGrainState>, ICustomerGrain, IRemindable
{
    private const string AdvanceReminder = "advance";

    public Task Record(Touchpoint touchpoint)
    {
        if (CustomerNames.From(touchpoint) is { } name)
        {
            State.DisplayName = name;
        }

        var outcome = model.Apply(Customer, touchpoint);
        Accept(outcome, touchpoint.EventId);
        return Task.CompletedTask;
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        State.AdvanceDueAt = null;

        // The firing time, not the due time: a tick that fires late must not raise a nudge whose moment has passed.
        var outcome = model.Advance(Customer, status.FiredAt);
        Accept(outcome, $"advance:{GrainKey}:{status.CurrentTickTime.UtcTicks}");
        return Task.CompletedTask;
    }

    public Task<CustomerView?> GetView() =>
        Task.FromResult(State.Customer is { TouchpointCount: > 0 } customer ? CustomerViews.From(customer) : null);

    private CustomerState Customer => State.Customer ?? ExperienceModel.NewCustomer(GrainKey);

    private void Accept(CustomerOutcome outcome, string sourceId)
    {
        State.Customer = outcome.State;
        var displayName = State.DisplayName ?? CustomerNames.Default(GrainKey);
        foreach (var activity in VenueActivities.From(outcome.Signals, outcome.State, displayName, sourceId))
        {
            SendDurable<IVenueGrain, VenueActivity>(activity.VenueId, activity.Activity, $"{sourceId}#venue:{activity.VenueId}");
        }

        foreach (var signal in outcome.Signals)
        {
            Publish(signal);
            if (signal is WowOpportunity wow)
            {
                Publish(new WowView(wow.CustomerId, displayName, outcome.State.Loyalty.Tier.ToString(), wow.VenueId, wow.Zone,
                    wow.Reason, wow.Suggestions, wow.At, sourceId));
            }
        }

        ScheduleAdvance(outcome.State);
    }

    // The reminder only ever moves earlier here; when it fires early, Advance does nothing and it is set again.
    private void ScheduleAdvance(CustomerState customer)
    {
        var next = model.NextCheckAt(customer);
        if (next is null)
        {
            if (State.AdvanceDueAt is not null)
            {
                UnregisterReminder(AdvanceReminder);
                State.AdvanceDueAt = null;
            }

            return;
        }

        if (State.AdvanceDueAt is { } due && due <= next)
        {
            return;
        }

        var dueIn = next.Value - TimeProvider.GetUtcNow();
        RegisterOrUpdateReminder(AdvanceReminder, dueIn > TimeSpan.Zero ? dueIn : TimeSpan.Zero, TimeSpan.Zero);
        State.AdvanceDueAt = next;
    }
}
