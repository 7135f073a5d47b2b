namespace ExperienceGrid.Domain.Venues;

/// <summary>
/// Nudges on the venue's floor. The venue holds back nudges past the chain's open limit (per guest throttling is the
/// experience model's), keeps the ones it showed until they close, and counts a prevented misery once, when it closes.
/// </summary>
public sealed partial class VenueModel
{
    /// <summary>Nudges on the floor now, the soonest to turn to misery first.</summary>
    public static IEnumerable<FloorNudge> OpenNudges(VenueState venue) =>
        venue.Nudges.Values.Where(n => n.Status == NudgeStatus.Open).OrderBy(n => n.MiseryAt);

    private VenueState ApplyNudges(VenueState venue, IReadOnlyList<FloorNudge> nudges, List<VenueChange> changes)
    {
        foreach (var change in nudges)
        {
            if (change.Status == NudgeStatus.Open)
            {
                if (venue.Nudges.Values.Count(n => n.Status == NudgeStatus.Open) < chain.Nudges.VenueMaxOpen)
                {
                    venue = venue with
                    {
                        Nudges = venue.Nudges.SetItem(change.CustomerId, change),
                        Totals = venue.Totals with { NudgesRaised = venue.Totals.NudgesRaised + 1 },
                    };
                    changes.Add(new NudgeChanged(change));
                }

                continue;
            }

            // Only nudges this venue showed count; a held-back one was never on the floor.
            if (!venue.Nudges.TryGetValue(change.CustomerId, out var shown) || shown.NudgeId != change.NudgeId)
            {
                continue;
            }

            var updated = shown with { Status = change.Status, AnsweredAt = change.AnsweredAt ?? shown.AnsweredAt };
            venue = change.Status == NudgeStatus.Answered
                ? venue with { Nudges = venue.Nudges.SetItem(change.CustomerId, updated) }
                : venue with
                {
                    Nudges = venue.Nudges.Remove(change.CustomerId),
                    Totals = venue.Totals with
                    {
                        NudgesClosed = venue.Totals.NudgesClosed + 1,
                        MiseriesPrevented = venue.Totals.MiseriesPrevented + (change.Status == NudgeStatus.Prevented ? 1 : 0),
                    },
                };
            if (shown.Status == NudgeStatus.Open)
            {
                changes.Add(new NudgeChanged(updated));
            }
        }

        return venue;
    }
}
