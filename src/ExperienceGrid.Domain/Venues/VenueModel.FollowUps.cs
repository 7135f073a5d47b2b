using ExperienceGrid.Domain.Configuration;

namespace ExperienceGrid.Domain.Venues;

/// <summary>
/// Follow-ups and WOW opportunities: numbered and kept when their delivery is applied (so once per customer
/// sequence), until a manager marks them done; only the latest <see cref="MaxOpenFollowUps"/> are kept. A care
/// follow-up is due the chain's due time after it was raised; one still open then is marked overdue (the region hears),
/// and one done records its outcome: a guest reached and recovered gets the chain's follow-up touchpoint.
/// </summary>
public sealed partial class VenueModel
{
    /// <summary>Follow-ups and WOW opportunities not yet done, newest first.</summary>
    public static IEnumerable<FollowUp> OpenFollowUps(VenueState venue) => venue.FollowUps.Reverse();

    /// <summary>The earliest due time of an open care follow-up not yet overdue, or null when none waits.</summary>
    public static DateTimeOffset? NextFollowUpDue(VenueState venue) =>
        venue.FollowUps.Where(f => f is { Due: not null, OverdueAt: null }).Min(f => f.Due);

    /// <summary>
    /// Marks an open follow-up done with its <paramref name="outcome"/> (required for a care follow-up, none for a WOW
    /// opportunity); refused when the venue holds no open one with that id, or the outcome does not fit it.
    /// </summary>
    public VenueOutcome CompleteFollowUp(VenueState venue, string followUpId, string by, string? outcome, DateTimeOffset now)
    {
        var index = venue.FollowUps.FindIndex(f => f.Id == followUpId);
        if (index < 0)
        {
            return VenueOutcome.Refused(venue, $"no open follow-up '{followUpId}'");
        }

        var open = venue.FollowUps[index];
        var care = open.Kind == FollowUp.Care;
        if (care != (outcome is not null) || (outcome is not null && !FollowUpOutcome.All.Contains(outcome)))
        {
            return VenueOutcome.Refused(venue, care ? $"a care follow-up is done with an outcome ({string.Join(", ", FollowUpOutcome.All)})" : "a WOW opportunity has no outcome");
        }

        var done = open with { DoneAt = now, DoneBy = by, Outcome = outcome };
        List<VenueChange> changes = [new FollowUpChanged(done)];
        venue = venue with { FollowUps = venue.FollowUps.RemoveAt(index) };
        if (!care)
        {
            return new VenueOutcome(venue, changes);
        }

        var inTime = open.OverdueAt is null && now <= open.Due;
        venue = venue with
        {
            Totals = venue.Totals with
            {
                FollowUpsClosed = venue.Totals.FollowUpsClosed + 1,
                FollowUpsClosedInTime = venue.Totals.FollowUpsClosedInTime + (inTime ? 1 : 0),
            },
        };
        venue = Count(venue, now, t => t with { FollowUpsClosed = t.FollowUpsClosed + 1, FollowUpsInTime = t.FollowUpsInTime + (inTime ? 1 : 0) }, changes);
        if (outcome == FollowUpOutcome.Recovered)
        {
            changes.Add(new RecoveryRequested(FollowUpTouchpoints(venue, done, now)));
        }

        changes.Add(CountsChanged.Instance);
        return new VenueOutcome(venue, changes);
    }

    /// <summary>Marks the care follow-ups still open at their due time overdue: escalated to the region, counted once.</summary>
    public static VenueOutcome MarkOverdue(VenueState venue, DateTimeOffset now)
    {
        List<VenueChange> changes = [];
        var followUps = venue.FollowUps;
        foreach (var followUp in venue.FollowUps.Where(f => f is { OverdueAt: null } && f.Due <= now))
        {
            var overdue = followUp with { OverdueAt = now };
            followUps = followUps.Replace(followUp, overdue);
            changes.Add(new FollowUpChanged(overdue));
            venue = Count(venue, now, t => t with { FollowUpsOverdue = t.FollowUpsOverdue + 1 }, changes);
        }

        return new VenueOutcome(venue with { FollowUps = followUps }, changes);
    }

    private VenueState Keep(VenueState venue, IReadOnlyList<FollowUp> raised, List<VenueChange> changes)
    {
        foreach (var followUp in raised)
        {
            var sequence = venue.FollowUpSequence + 1;
            var care = followUp.Kind == FollowUp.Care;
            var kept = followUp with
            {
                Id = $"{venue.VenueId}:{sequence}",
                VenueId = venue.VenueId,
                Due = care ? followUp.At + chain.Insights.FollowUpDue : null,
            };
            var followUps = venue.FollowUps.Add(kept);
            venue = venue with
            {
                FollowUpSequence = sequence,
                FollowUps = followUps.Count > MaxOpenFollowUps ? followUps.RemoveAt(0) : followUps,
            };
            changes.Add(new FollowUpChanged(kept));
            if (care)
            {
                venue = Count(venue, followUp.At, t => t with { FollowUpsOpened = t.FollowUpsOpened + 1 }, changes);
            }
        }

        return venue;
    }

    /// <summary>
    /// The chain's follow-up touchpoint on the guest (deterministic ids, so once), and, when the guest is not in a visit
    /// here, the end of the visit it opens: a call-back is not a stay.
    /// </summary>
    private List<Touchpoint> FollowUpTouchpoints(VenueState venue, FollowUp done, DateTimeOffset now)
    {
        var attributes = new Dictionary<string, string> { ["followUpId"] = done.Id, ["outcome"] = done.Outcome! };
        List<Touchpoint> touchpoints = [new($"followup:{done.Id}:done", done.CustomerId, venue.VenueId, chain.Insights.FollowUpTouchpoint, now,
            StaffId: done.DoneBy, Attributes: attributes)];
        if (!venue.OpenVisits.ContainsKey(done.CustomerId))
        {
            touchpoints.Add(new($"followup:{done.Id}:end", done.CustomerId, venue.VenueId, ChainConfigLoader.VisitEndKind, now));
        }

        return touchpoints;
    }
}
