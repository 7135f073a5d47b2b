using ExperienceGrid.Domain.Signals;
using ExperienceGrid.Domain.Tests.Support;
using ExperienceGrid.Domain.Venues;

namespace ExperienceGrid.Domain.Tests.Venues;

/// <summary>
/// One venue of the demo chain fed the way the grains feed it: each guest message becomes the guest's next numbered
/// delivery (<see cref="VenueActivity.From"/> on the experience model's signals), and the guest's whole outbox is
/// delivered every time, so only the new deliveries may apply. Times are minutes from <see cref="Guest.T0"/>.
/// </summary>
internal sealed class VenueFloor(string venueId = DemoChain.BurgerVenue)
{
    public const string RecoveryKind = "apology";

    public static readonly TouchpointMoment Complaint = new("complaint", MomentKind.Misery);
    public static readonly TouchpointMoment Apology = new("apology", MomentKind.Mediocrity);
    public static readonly TouchpointMoment Greeting = new("greeting", MomentKind.Wow);

    private readonly Dictionary<string, List<VenueDelivery>> _outboxes = new(StringComparer.Ordinal);

    public static VenueModel Model { get; } = new(DemoChain.Config, RecoveryKind);

    public string VenueId => venueId;

    public VenueState State { get; set; } = VenueModel.NewVenue(venueId);

    /// <summary>Every change so far, in order.</summary>
    public List<VenueChange> Changes { get; } = [];

    /// <summary>The outcome of the most recent call.</summary>
    public VenueOutcome Last { get; private set; } = null!;

    public static string NameOf(string customerId) => $"Guest {customerId}";

    /// <summary>Everything the venue counts for its history and has not handed over yet, in one tally.</summary>
    public static VenueTally Counting(VenueState venue) => venue.Tallies.Values.Aggregate(VenueTally.Empty(0), (sum, t) => sum.Plus(t));

    /// <summary>The changes of <paramref name="outcome"/> but the minutes handed to the history (which tests of the history check).</summary>
    public static List<VenueChange> Live(VenueOutcome outcome) => [.. outcome.Changes.Where(c => c is not MinuteFinished)];

    /// <summary>The guest touches here at <paramref name="minute"/>; the venue applies it then.</summary>
    public VenueOutcome Touch(Guest guest, string kind, double minute, double? value = null, string? zone = null, string? venue = null) =>
        Record(guest, guest.Make(kind, minute, value, venue: venue ?? venueId, zone: zone));

    /// <summary>Puts the guest at risk here with two unrecovered miseries, at <paramref name="minute"/> and a minute later; the alert's id.</summary>
    public string AtRisk(Guest guest, double minute = 0, string? zone = null)
    {
        Touch(guest, "staff.said_no", minute, zone: zone);
        Touch(guest, "complaint", minute + 1);
        return AlertOf(guest.State.CustomerId).AlertId;
    }

    public VenueOutcome Record(Guest guest, Touchpoint touchpoint)
    {
        var outcome = DemoChain.Model.Apply(guest.State, touchpoint);
        guest.State = outcome.State;
        return Deliver(outcome.State, outcome.Signals, touchpoint.EventId, touchpoint.At, acceptedAt: touchpoint.At);
    }

    /// <summary>What time does to the guest at <paramref name="minute"/> (idle close, nudges), delivered then.</summary>
    public VenueOutcome Advance(Guest guest, double minute)
    {
        var outcome = DemoChain.Model.Advance(guest.State, Guest.At(minute));
        guest.State = outcome.State;
        return Deliver(outcome.State, outcome.Signals, $"advance:{Guest.At(minute).UtcTicks}", Guest.At(minute));
    }

    /// <summary>Records on the guest the recovery touchpoints the latest resolution asked for, one message each.</summary>
    public List<VenueOutcome> RecordRecoveries(Guest guest) =>
        [.. Assert.Single(Last.Changes.OfType<RecoveryRequested>()).Touchpoints.Select(t => Record(guest, t))];

    /// <summary>
    /// Numbers what the signals changed here into the customer's outbox and delivers the whole outbox; a touchpoint's
    /// message is accepted at <paramref name="acceptedAt"/>.
    /// </summary>
    public VenueOutcome Deliver(CustomerState customer, IReadOnlyList<ExperienceSignal> signals, string sourceId, DateTimeOffset now, DateTimeOffset? acceptedAt = null)
    {
        var outbox = OutboxOf(customer.CustomerId);
        foreach (var (venue, activity) in VenueActivity.From(signals, customer, NameOf(customer.CustomerId), sourceId, acceptedAt))
        {
            if (venue == venueId)
            {
                outbox.Add(new VenueDelivery(outbox.Count + 1, venue, activity));
            }
        }

        return Apply(customer.CustomerId, outbox, now);
    }

    /// <summary>Numbers a hand-made activity into its customer's outbox and delivers the whole outbox.</summary>
    public VenueOutcome Send(VenueActivity activity, DateTimeOffset? now = null)
    {
        var outbox = OutboxOf(activity.CustomerId);
        outbox.Add(new VenueDelivery(outbox.Count + 1, venueId, activity));
        return Apply(activity.CustomerId, outbox, now ?? activity.At);
    }

    /// <summary>Every delivery numbered for <paramref name="customerId"/> so far.</summary>
    public IReadOnlyList<VenueDelivery> Outbox(string customerId) => OutboxOf(customerId);

    public VenueOutcome Apply(string customerId, IReadOnlyList<VenueDelivery> deliveries, DateTimeOffset now) =>
        Take(Model.Apply(State, customerId, deliveries, now));

    public VenueOutcome Claim(string alertId, string by, double minute) =>
        Take(Model.Handle(State, new AlertCommand(alertId, AlertCommand.Claim, by), Guest.At(minute)));

    public VenueOutcome Resolve(string alertId, string by, double minute, string? action = "apologised", string? note = null, bool takeover = false) =>
        Take(Model.Handle(State, new AlertCommand(alertId, AlertCommand.Resolve, by, action, note, takeover), Guest.At(minute)));

    public VenueOutcome Escalate(string alertId, double minute) => Take(VenueModel.Escalate(State, alertId, Guest.At(minute)));

    public VenueOutcome EscalateDue(TimeSpan claimTimeout, double minute) => Take(VenueModel.EscalateDue(State, claimTimeout, Guest.At(minute)));

    /// <summary>Marks a follow-up done; a care follow-up without <paramref name="outcome"/> as "unhappy".</summary>
    public VenueOutcome Complete(string followUpId, string by, double minute, string? outcome = null) =>
        Take(Model.CompleteFollowUp(State, followUpId, by, outcome ?? OutcomeFor(State, followUpId), Guest.At(minute)));

    /// <summary>The outcome a care follow-up is done with in tests that do not care how it went; none for a WOW.</summary>
    public static string? OutcomeFor(VenueState venue, string followUpId) =>
        venue.FollowUps.FirstOrDefault(f => f.Id == followUpId)?.Kind == FollowUp.Wow ? null : FollowUpOutcome.Unhappy;

    public VenueView View(double minute) => VenueModel.View(State, Guest.At(minute));

    /// <summary>The one open alert of <paramref name="customerId"/>.</summary>
    public FloorAlert AlertOf(string customerId) => Assert.Single(VenueModel.OpenAlerts(State), a => a.CustomerId == customerId);

    /// <summary>The alert changes of the most recent call.</summary>
    public List<AlertChanged> AlertChanges => [.. Last.Changes.OfType<AlertChanged>()];

    /// <summary>A hand-made activity of <paramref name="customerId"/> recording <paramref name="moments"/> at <paramref name="minute"/>.</summary>
    public static VenueActivity Moments(string customerId, double minute, params TouchpointMoment[] moments) =>
        new(customerId, Guest.At(minute), TouchpointMoments: moments);

    private List<VenueDelivery> OutboxOf(string customerId) =>
        _outboxes.TryGetValue(customerId, out var outbox) ? outbox : _outboxes[customerId] = [];

    private VenueOutcome Take(VenueOutcome outcome)
    {
        State = outcome.State;
        Last = outcome;
        Changes.AddRange(outcome.Changes);
        return outcome;
    }
}
