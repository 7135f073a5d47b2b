using System.Globalization;
using ExperienceGrid.Domain.Scoring;
using ExperienceGrid.Domain.Signals;

namespace ExperienceGrid.Domain;

public sealed partial class ExperienceModel
{
    /// <summary>
    /// Does what time alone makes due at <paramref name="now"/>: closes a visit idle past the
    /// timeout, re-assesses risk when a misery's recovery window expires, raises and closes nudges. Returns the same
    /// state instance and no signals when nothing is due.
    /// </summary>
    public CustomerOutcome Advance(CustomerState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Visit is not { } visit)
        {
            return new CustomerOutcome(state, []);
        }
        var signals = new List<ExperienceSignal>();
        if (now >= IdleDeadline(visit))
        {
            return new CustomerOutcome(CloseVisit(state, VisitCloseReason.Inactivity, IdleDeadline(visit), signals), signals);
        }
        var updated = visit;
        if (NextRecoveryDeadline(visit) is { } due && due <= now)
        {
            updated = UpdateRisk(state, visit with { EvaluatedAt = now }, now, signals);
        }
        updated = AdvanceNudges(state, updated, now, signals);
        return ReferenceEquals(updated, visit) ? new CustomerOutcome(state, []) : new CustomerOutcome(state with { Visit = updated }, signals);
    }

    /// <summary>When <see cref="Advance"/> next has something to do, or null (no open visit).</summary>
    public DateTimeOffset? NextCheckAt(CustomerState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Visit is not { } visit)
        {
            return null;
        }
        return Earliest(Earliest(IdleDeadline(visit), NextRecoveryDeadline(visit)), Earliest(NextNudgeDue(visit), visit.Nudge?.MiseryAt));
    }

    private DateTimeOffset IdleDeadline(VisitState visit) => visit.LastTouchpointAt + Chain.Visits.InactivityTimeout;

    /// <summary>The earliest recovery-window expiry not yet assessed.</summary>
    private DateTimeOffset? NextRecoveryDeadline(VisitState visit)
    {
        DateTimeOffset? next = null;
        foreach (var misery in visit.UnrecoveredMiseries)
        {
            var due = misery.At + Chain.RiskPolicy.RecoveryWindow;
            next = due > visit.EvaluatedAt ? Earliest(next, due) : next;
        }
        return next;
    }

    private CustomerState CloseVisit(CustomerState state, VisitCloseReason reason, DateTimeOffset closedAt, List<ExperienceSignal> signals)
    {
        var visit = state.Visit ?? throw new InvalidOperationException("No open visit to close.");
        var customer = state.CustomerId;
        if (visit.Risk is not null)
        {
            signals.Add(new RiskChanged(customer, visit.VenueId, closedAt, visit.Zone, Risk: null));
        }

        CloseNudge(state, visit, closedAt, signals);
        var hadMisery = visit.Moments.Any(m => m.MomentKind == MomentKind.Misery);
        var unrecovered = visit.UnrecoveredMiseries.ToList();
        var recovered = hadMisery && unrecovered.Count == 0;
        signals.Add(new VisitClosed(customer, visit.VenueId, closedAt, visit.Score, reason, hadMisery, recovered));
        if (unrecovered.Count > 0)
        {
            var venue = Chain.TryGetVenue(visit.VenueId, out var v) ? v.Name : visit.VenueId;
            var reasonText = string.Create(CultureInfo.InvariantCulture,
                $"{Ending(reason, venue)} with {unrecovered.Count} unrecovered {(unrecovered.Count == 1 ? "misery" : "miseries")}: {string.Join(", ", unrecovered.Select(m => Chain.TouchpointName(m.Kind)))}. Reach out, apologise and make it right.");
            signals.Add(new FollowUpTask(customer, visit.VenueId, closedAt, reasonText, unrecovered));
        }

        var loyalty = LoyaltyCalculator.ApplyVisit(state.Loyalty, visit.Score, closedAt, Chain.Loyalty, Chain.Tiers);
        signals.Add(new LoyaltyChanged(customer, visit.VenueId, closedAt, loyalty.Score, loyalty.Tier, state.Loyalty.Tier));

        var summary = new VisitSummary(visit.VenueId, visit.OpenedAt, closedAt, reason, visit.Score, visit.Moments.Count,
            hadMisery, recovered, visit.Explanation);
        return state with { Visit = null, Loyalty = loyalty, LastClosedVisit = summary };
    }

    /// <summary>
    /// A top-tier or just-recovered guest reaching departure gets one "make it WOW now" nudge
    /// per visit, unless an alert is open: fixing comes before delighting.
    /// </summary>
    private VisitState OfferWow(CustomerState state, VisitState visit, Touchpoint touchpoint, List<ExperienceSignal> signals)
    {
        if (visit.WowOffered || visit.Risk is not null)
        {
            return visit;
        }
        var loyalty = LoyaltyCalculator.ScoreAt(state.Loyalty, Chain.Loyalty, visit.OpenedAt);
        var tier = Chain.Tiers.TierFor(loyalty);
        string reason;
        if (tier >= Chain.RiskPolicy.TopTier)
        {
            reason = string.Create(CultureInfo.InvariantCulture,
                $"{tier} guest (loyalty {loyalty:0}) reached {Chain.TouchpointName(touchpoint.Kind)}: make the ending a WOW.");
        }
        else if (visit.RecoveryCount > 0)
        {
            reason = $"Guest recovered from a misery in this visit reached {Chain.TouchpointName(touchpoint.Kind)}: end on a WOW so the recovery is what they remember.";
        }
        else
        {
            return visit;
        }
        var gestures = Chain.BrandOf(visit.VenueId).CareGestures;
        IReadOnlyList<string> suggestions = gestures.Count > 0
            ? [.. gestures.Take(3)]
            : ["Thank the guest by name and walk them to the door."];
        signals.Add(new WowOpportunity(state.CustomerId, visit.VenueId, touchpoint.At, visit.Zone, reason, suggestions, touchpoint.Kind));
        return visit with { WowOffered = true };
    }

    private static string Ending(VisitCloseReason reason, string venue) => reason switch
    {
        VisitCloseReason.VenueChanged => $"The guest left {venue} for another venue",
        VisitCloseReason.Inactivity => $"The visit to {venue} went quiet and was closed",
        _ => $"The visit to {venue} ended",
    };
}
