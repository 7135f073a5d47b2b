using ExperienceGrid.Contracts;

namespace ExperienceGrid.Silo.Grains;

/// <summary>
/// Hands each finished hour of event time to the venue's <see cref="IVenueHistoryGrain"/> after the write that holds
/// it, with a message id the history adds once, so the history is exactly once like the counts it comes from.
/// </summary>
public sealed partial class VenueGrain
{
    private void TrackHour(long hour, IReadOnlyList<TouchpointMoment> moments)
    {
        if (State.Hour is not { } current)
        {
            State.Hour = hour;
        }
        else if (hour > current)
        {
            SendHour(current, MinuteCounts.ByTouchpoint(State.Minutes.Where(m => m.Minute / 60 == current)));
            State.Hour = hour;
        }
        else if (hour < current)
        {
            // That hour was handed over already: these moments follow on their own and the history adds them.
            var late = new Dictionary<string, MomentCounts>(StringComparer.Ordinal);
            foreach (var moment in moments)
            {
                late[moment.Touchpoint] = late.GetValueOrDefault(moment.Touchpoint, MomentCounts.None).With(moment.Moment);
            }

            SendHour(hour, late);
        }
    }

    private void SendHour(long hour, Dictionary<string, MomentCounts> touchpoints)
    {
        if (touchpoints.Count == 0)
        {
            return;
        }

        State.HoursSent++;
        State.PendingHours.Add(new HourMoments(hour, touchpoints, $"{hour}:{State.HoursSent}"));
        MarkDirty();
    }
}
