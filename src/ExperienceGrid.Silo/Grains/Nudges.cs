using ExperienceGrid.Contracts;
using ExperienceGrid.Domain;
using ExperienceGrid.Domain.Signals;

namespace ExperienceGrid.Silo.Grains;

/// <summary>Turns the model's nudge signals into the floor's view of them.</summary>
public static class Nudges
{
    public static FloorNudge From(CustomerState customer, string displayName, NudgeRaised raised) =>
        View(customer, displayName, raised.VenueId, raised.Zone, raised.Nudge, raised.Reason, raised.Offers, NudgeStatus.Open);

    public static FloorNudge From(CustomerState customer, string displayName, NudgeAnswered answered) =>
        View(customer, displayName, answered.VenueId, zone: null, answered.Nudge, reason: "", offers: [], NudgeStatus.Answered);

    public static FloorNudge From(CustomerState customer, string displayName, NudgeClosed closed) =>
        View(customer, displayName, closed.VenueId, zone: null, closed.Nudge, reason: "", offers: [], closed.Outcome switch
        {
            NudgeOutcome.Prevented => NudgeStatus.Prevented,
            NudgeOutcome.BecameMisery => NudgeStatus.BecameMisery,
            NudgeOutcome.Superseded => NudgeStatus.Superseded,
            _ => NudgeStatus.Lapsed,
        });

    private static FloorNudge View(
        CustomerState customer, string displayName, string venueId, string? zone, Nudge nudge, string reason, IReadOnlyList<string> offers, string status) =>
        new(nudge.NudgeId, customer.CustomerId, displayName, customer.Loyalty.Tier.ToString(), venueId, zone, nudge.Kind, reason, offers,
            nudge.RaisedAt, nudge.WaitStartedAt, nudge.MiseryAt, status, nudge.AnsweredAt);
}
