namespace ExperienceGrid.Domain.Venues;

/// <summary>
/// Follow-ups and WOW opportunities: numbered and kept when their delivery is applied (so once per customer
/// sequence), until a manager marks them done; only the latest <see cref="MaxOpenFollowUps"/> are kept.
/// </summary>
public sealed partial class VenueModel
{
    /// <summary>Follow-ups and WOW opportunities not yet done, newest first.</summary>
    public static IEnumerable<FollowUp> OpenFollowUps(VenueState venue) => venue.FollowUps.Reverse();

    /// <summary>Marks an open follow-up done; refused when the venue holds no open one with that id.</summary>
    public static VenueOutcome CompleteFollowUp(VenueState venue, string followUpId, string by, DateTimeOffset now)
    {
        var index = venue.FollowUps.FindIndex(f => f.Id == followUpId);
        if (index < 0)
        {
            return VenueOutcome.Refused(venue, $"no open follow-up '{followUpId}'");
        }

        var done = venue.FollowUps[index] with { DoneAt = now, DoneBy = by };
        return new VenueOutcome(venue with { FollowUps = venue.FollowUps.RemoveAt(index) }, [new FollowUpChanged(done)]);
    }

    private static VenueState Keep(VenueState venue, IReadOnlyList<FollowUp> raised, List<VenueChange> changes)
    {
        foreach (var followUp in raised)
        {
            var sequence = venue.FollowUpSequence + 1;
            var kept = followUp with { Id = $"{venue.VenueId}:{sequence}", VenueId = venue.VenueId };
            var followUps = venue.FollowUps.Add(kept);
            venue = venue with
            {
                FollowUpSequence = sequence,
                FollowUps = followUps.Count > MaxOpenFollowUps ? followUps.RemoveAt(0) : followUps,
            };
            changes.Add(new FollowUpChanged(kept));
        }

        return venue;
    }
}
