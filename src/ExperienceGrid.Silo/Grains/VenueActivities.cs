using ExperienceGrid.Contracts;
using ExperienceGrid.Domain;
using ExperienceGrid.Domain.Signals;

namespace ExperienceGrid.Silo.Grains;

/// <summary>Folds one message's experience signals into one activity per venue they touch.</summary>
public static class VenueActivities
{
    public static IEnumerable<(string VenueId, VenueActivity Activity)> From(IReadOnlyList<ExperienceSignal> signals, CustomerState customer, string displayName, string sourceId)
    {
        foreach (var venueSignals in signals.GroupBy(s => s.VenueId))
        {
            var activity = new VenueActivity(customer.CustomerId, venueSignals.Max(s => s.At));
            var moments = new List<TouchpointMoment>();
            var nudges = new List<FloorNudge>();
            var followUps = new List<FollowUp>();
            foreach (var signal in venueSignals)
            {
                activity = signal switch
                {
                    VisitOpened => activity with { VisitOpened = true },
                    VisitClosed closed => activity with { VisitClosed = true, VisitScore = closed.Score },
                    MomentRecorded recorded => Track(moments, recorded, activity),
                    RiskChanged { Risk: { } risk } changed => activity with { Alert = Alerts.From(customer, changed.VenueId, changed.Zone, risk, displayName, sourceId), AlertCleared = false },
                    RiskChanged => activity with { Alert = null, AlertCleared = true },
                    RecoveryCredited => activity with { Recovered = true },
                    NudgeRaised raised => Track(nudges, Nudges.From(customer, displayName, raised), activity),
                    NudgeAnswered answered => Track(nudges, Nudges.From(customer, displayName, answered), activity),
                    NudgeClosed closed => Track(nudges, Nudges.From(customer, displayName, closed), activity),
                    FollowUpTask task => Track(followUps, FollowUps.From(customer, displayName, task, sourceId), activity),
                    WowOpportunity wow => Track(followUps, FollowUps.From(customer, displayName, wow, sourceId), activity),
                    _ => activity,
                };
            }

            if (nudges.Count > 0)
            {
                activity = activity with { Nudges = nudges };
            }

            if (followUps.Count > 0)
            {
                activity = activity with { FollowUps = followUps };
            }

            yield return (venueSignals.Key, moments.Count > 0 ? activity with { TouchpointMoments = moments } : activity);
        }
    }

    private static VenueActivity Track<T>(List<T> items, T item, VenueActivity activity)
    {
        items.Add(item);
        return activity;
    }

    private static VenueActivity Track(List<TouchpointMoment> moments, MomentRecorded recorded, VenueActivity activity)
    {
        moments.Add(new TouchpointMoment(recorded.Moment.Kind, recorded.Moment.MomentKind));
        return activity.VisitClosed ? activity : activity with { VisitScore = recorded.VisitScore };
    }
}
