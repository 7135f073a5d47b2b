namespace ExperienceGrid.Domain.Venues;

/// <summary>
/// Finished hours of event time, for the venue's history: each is handed over once, with a message id the history
/// adds once, so the history is exactly once like the counts it comes from.
/// </summary>
public sealed partial class VenueModel
{
    private static VenueState TrackHour(VenueState venue, long hour, IReadOnlyList<TouchpointMoment> moments, List<VenueChange> changes)
    {
        if (venue.Hour is not { } current)
        {
            return venue with { Hour = hour };
        }

        if (hour > current)
        {
            return FinishHour(venue, current, MinuteCounts.ByTouchpoint(venue.Minutes.Where(m => m.Minute / 60 == current)), changes) with { Hour = hour };
        }

        if (hour < current)
        {
            // That hour was handed over already: these moments follow on their own and the history adds them.
            var late = new Dictionary<string, MomentCounts>(StringComparer.Ordinal);
            foreach (var moment in moments)
            {
                late[moment.Touchpoint] = late.GetValueOrDefault(moment.Touchpoint, MomentCounts.None).With(moment.Moment);
            }

            return FinishHour(venue, hour, late, changes);
        }

        return venue;
    }

    private static VenueState FinishHour(VenueState venue, long hour, Dictionary<string, MomentCounts> touchpoints, List<VenueChange> changes)
    {
        if (touchpoints.Count == 0)
        {
            return venue;
        }

        var sent = venue.HoursSent + 1;
        changes.Add(new HourFinished(new HourMoments(hour, touchpoints, $"{hour}:{sent}")));
        return venue with { HoursSent = sent };
    }
}
