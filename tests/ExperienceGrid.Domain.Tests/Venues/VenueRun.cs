using System.Text.Json;
using System.Text.Json.Nodes;
using ExperienceGrid.Domain.Signals;
using ExperienceGrid.Domain.Tests.Support;
using ExperienceGrid.Domain.Venues;

namespace ExperienceGrid.Domain.Tests.Venues;

/// <summary>
/// Plays generated steps against one venue the way the grains would: guests go through the experience model, each
/// message that touches the venue becomes the guest's next numbered delivery, and the guest's whole outbox is
/// delivered every time. A twin venue is fed each delivery exactly once, with the same commands at the same times.
/// </summary>
internal sealed class VenueRun
{
    private const string VenueId = DemoChain.BurgerVenue;

    private readonly List<Guest> _guests = [.. Enumerable.Range(0, VenueStep.Guests).Select(VenueStep.NewGuest)];
    private readonly Dictionary<string, List<VenueDelivery>> _outboxes = new(StringComparer.Ordinal);
    private readonly List<string> _alertIds = [];
    private readonly List<string> _followUpIds = [];
    private double _minute;

    private VenueRun()
    {
    }

    /// <summary>The venue fed every outbox whole, each time and again.</summary>
    public VenueState Venue { get; private set; } = VenueModel.NewVenue(VenueId);

    /// <summary>The twin fed each delivery once.</summary>
    public VenueState Once { get; private set; } = VenueModel.NewVenue(VenueId);

    /// <summary>The venue's changes, in order, each with its step (null for the final visit ends).</summary>
    public List<(VenueStep? Step, VenueChange Change)> Changes { get; } = [];

    public List<VenueChange> OnceChanges { get; } = [];

    /// <summary>Each staff command with the alert as it stood before and the outcome.</summary>
    public List<(AlertCommand Command, FloorAlert? Before, VenueOutcome Outcome)> Commands { get; } = [];

    /// <summary>What each outbox sent again (every delivery already applied) changed: nothing, or the test fails.</summary>
    public List<VenueOutcome> Redeliveries { get; } = [];

    public DateTimeOffset Now => Guest.At(_minute);

    /// <summary>Every delivery numbered for the venue, once each.</summary>
    public IEnumerable<VenueDelivery> Delivered => _outboxes.Values.SelectMany(o => o);

    /// <summary>Plays <paramref name="steps"/>, calling <paramref name="check"/> after each; then, if asked, ends every guest's visit.</summary>
    public static VenueRun Play(IEnumerable<VenueStep> steps, bool endVisits = false, Action<VenueRun>? check = null)
    {
        var run = new VenueRun();
        foreach (var step in steps)
        {
            run._minute += step is VenueStep.Tick tick ? run.TimerWait(run._guests[tick.Guest], step.Gap) : step.Gap;
            run.Take(step);
            check?.Invoke(run);
        }

        if (endVisits)
        {
            // Past every guest's inactivity timeout: each open visit closes.
            run._minute += DemoChain.Config.Visits.InactivityTimeout.TotalMinutes + 1;
            foreach (var guest in run._guests)
            {
                run.Tick(guest, step: null);
            }
        }

        return run;
    }

    /// <summary>Every outbox delivered again, whole, a minute later.</summary>
    public List<VenueOutcome> DeliverAllAgain()
    {
        var later = Now.AddMinutes(1);
        return [.. _outboxes.Select(o => VenueFloor.Model.Apply(Venue, o.Key, o.Value, later))];
    }

    /// <summary>Everything observable of <paramref name="venue"/> at <paramref name="now"/>, as canonical JSON.</summary>
    public static string Observe(VenueState venue, DateTimeOffset now) => Canonical(JsonSerializer.SerializeToNode(new
    {
        View = VenueModel.View(venue, now),
        OpenAlerts = VenueModel.OpenAlerts(venue),
        OpenNudges = VenueModel.OpenNudges(venue),
        OpenFollowUps = VenueModel.OpenFollowUps(venue),
        State = venue,
    }))!.ToJsonString();

    public static string Observe(IEnumerable<VenueChange> changes) =>
        string.Join('\n', changes.Select(c => Canonical(JsonSerializer.SerializeToNode(c, c.GetType()))!.ToJsonString()));

    private void Take(VenueStep step)
    {
        switch (step)
        {
            case VenueStep.Touch touch:
                var guest = _guests[touch.Guest];
                Record(guest, guest.Make(touch.Kind, _minute - touch.Late, touch.Value, venue: touch.Elsewhere ? DemoChain.OtherBurgerVenue : VenueId), step);
                break;
            case VenueStep.Tick tick:
                Tick(_guests[tick.Guest], step);
                break;
            case VenueStep.Claim claim when Pick(_alertIds, claim.Alert) is { } alertId:
                Handle(new AlertCommand(alertId, AlertCommand.Claim, VenueStep.Users[claim.User]), step);
                break;
            case VenueStep.Resolve resolve when Pick(_alertIds, resolve.Alert) is { } alertId:
                var command = new AlertCommand(alertId, AlertCommand.Resolve, VenueStep.Users[resolve.User], "apologised", Takeover: resolve.Takeover);
                foreach (var recovery in Handle(command, step).OfType<RecoveryRequested>().SelectMany(r => r.Touchpoints))
                {
                    Record(_guests.Single(g => g.State.CustomerId == recovery.CustomerId), recovery, step);
                }

                break;
            case VenueStep.Escalate escalate when Pick(_alertIds, escalate.Alert) is { } alertId:
                Both(step, v => VenueModel.Escalate(v, alertId, Now));
                break;
            case VenueStep.Complete complete when Pick(_followUpIds, complete.FollowUp) is { } followUpId:
                Both(step, v => VenueFloor.Model.CompleteFollowUp(v, followUpId, "manager", VenueFloor.OutcomeFor(v, followUpId), Now));
                break;
            case VenueStep.Redeliver redeliver when _outboxes.TryGetValue(_guests[redeliver.Guest].State.CustomerId, out var outbox):
                var again = VenueFloor.Model.Apply(Venue, _guests[redeliver.Guest].State.CustomerId, outbox, Now);
                Redeliveries.Add(again);
                Venue = again.State;
                break;
        }
    }

    /// <summary>Minutes until the guest's next check, if it falls due within <paramref name="gap"/>; else the gap.</summary>
    private double TimerWait(Guest guest, int gap) =>
        DemoChain.Model.NextCheckAt(guest.State) is { } due && due - Now <= TimeSpan.FromMinutes(gap)
            ? Math.Max(0, (due - Now).TotalMinutes)
            : gap;

    private void Record(Guest guest, Touchpoint touchpoint, VenueStep? step)
    {
        var outcome = DemoChain.Model.Apply(guest.State, touchpoint);
        guest.State = outcome.State;
        Deliver(outcome.State, outcome.Signals, touchpoint.EventId, step);
    }

    private void Tick(Guest guest, VenueStep? step)
    {
        var outcome = DemoChain.Model.Advance(guest.State, Now);
        guest.State = outcome.State;
        Deliver(outcome.State, outcome.Signals, $"advance:{Now.UtcTicks}", step);
    }

    private void Deliver(CustomerState customer, IReadOnlyList<ExperienceSignal> signals, string sourceId, VenueStep? step)
    {
        var outbox = _outboxes.TryGetValue(customer.CustomerId, out var known) ? known : _outboxes[customer.CustomerId] = [];
        var added = outbox.Count;
        foreach (var (venue, activity) in VenueActivity.From(signals, customer, VenueFloor.NameOf(customer.CustomerId), sourceId))
        {
            if (venue == VenueId)
            {
                outbox.Add(new VenueDelivery(outbox.Count + 1, venue, activity));
            }
        }

        if (outbox.Count > added)
        {
            var fresh = outbox[added..];
            Both(step, v => VenueFloor.Model.Apply(v, customer.CustomerId, outbox, Now), once => VenueFloor.Model.Apply(once, customer.CustomerId, fresh, Now));
        }
    }

    private IReadOnlyList<VenueChange> Handle(AlertCommand command, VenueStep step)
    {
        var before = VenueModel.FindAlert(Venue, command.AlertId);
        var outcome = Both(step, v => VenueFloor.Model.Handle(v, command, Now));
        Commands.Add((command, before, outcome));
        return outcome.Changes;
    }

    /// <summary>Applies <paramref name="fold"/> to the venue and <paramref name="foldOnce"/> (else the same) to its twin; the venue's outcome.</summary>
    private VenueOutcome Both(VenueStep? step, Func<VenueState, VenueOutcome> fold, Func<VenueState, VenueOutcome>? foldOnce = null)
    {
        var outcome = fold(Venue);
        var once = (foldOnce ?? fold)(Once);
        (Venue, Once) = (outcome.State, once.State);
        Changes.AddRange(outcome.Changes.Select(c => (step, c)));
        OnceChanges.AddRange(once.Changes);
        foreach (var change in outcome.Changes)
        {
            switch (change)
            {
                case AlertChanged { Change: AlertChange.Raised } raised:
                    _alertIds.Add(raised.Alert.AlertId);
                    break;
                case FollowUpChanged { FollowUp.DoneAt: null } kept:
                    _followUpIds.Add(kept.FollowUp.Id);
                    break;
            }
        }

        return outcome;
    }

    private static string? Pick(List<string> ids, int index) => ids.Count == 0 ? null : ids[index % ids.Count];

    private static JsonNode? Canonical(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Canonical(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Canonical)]),
        _ => node?.DeepClone(),
    };
}
