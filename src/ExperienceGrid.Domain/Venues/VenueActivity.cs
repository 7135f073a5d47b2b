using ExperienceGrid.Domain.Signals;

namespace ExperienceGrid.Domain.Venues;

/// <summary>
/// What one customer message changed at one venue. Sent durably from the customer grain to the venue grain, so venue
/// aggregates are exactly-once like the customer state they come from.
/// </summary>
/// <param name="VisitScore">The score of the visit open after this message (null when none is, or before its first moment).</param>
/// <param name="DisplayName">How staff address the guest.</param>
/// <param name="Tier">The guest's loyalty tier.</param>
/// <param name="Zone">Where in the venue the guest is, when known.</param>
/// <param name="Risk">The guest's risk when it appeared or changed in this message; see <paramref name="RiskCleared"/>.</param>
/// <param name="RiskCleared">The risk went away in this message (the guest recovered before anyone resolved the alert).</param>
/// <param name="Miseries">The visit's misery moments when the risk changed: what went wrong, and which were recovered.</param>
/// <param name="SourceId">The touchpoint (or <c>advance:</c> tick) that caused this message.</param>
/// <param name="ClosedScore">The final score of the visit this message closed: the same message may open the next one.</param>
/// <param name="TouchpointMoments">The moments recorded, each with its touchpoint kind (for the venue's counts per touchpoint).</param>
/// <param name="Nudges">Changes to the guest's nudge in this message, in order (raised, answered, closed).</param>
/// <param name="FollowUps">Follow-ups and WOW opportunities the message raised, without ids (the venue numbers them).</param>
/// <param name="AcceptedAt">When the guest's grain accepted the touchpoint behind the message (its 202 follows the guest's
/// write); null for a tick. The floor push's lag is measured from it.</param>
[GenerateSerializer, Immutable, Alias("Contracts.VenueActivity")]
public sealed record VenueActivity(
    [property: Id(0)] string CustomerId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] bool VisitOpened = false,
    [property: Id(3)] bool VisitClosed = false,
    [property: Id(4)] double? VisitScore = null,
    [property: Id(8)] IReadOnlyList<TouchpointMoment>? TouchpointMoments = null,
    [property: Id(9)] IReadOnlyList<FloorNudge>? Nudges = null,
    [property: Id(10)] IReadOnlyList<FollowUp>? FollowUps = null,
    [property: Id(11)] string DisplayName = "",
    [property: Id(12)] string Tier = "",
    [property: Id(13)] string? Zone = null,
    [property: Id(14)] RiskAssessment? Risk = null,
    [property: Id(6)] bool RiskCleared = false,
    [property: Id(15)] IReadOnlyList<Moment>? Miseries = null,
    [property: Id(16)] string? SourceId = null,
    [property: Id(17)] double? ClosedScore = null,
    [property: Id(18)] DateTimeOffset? AcceptedAt = null)
{
    /// <summary>
    /// Folds one message's experience signals into one activity per venue they touch. <paramref name="sourceId"/> names
    /// the message (its touchpoint's event id, or the tick's id); <paramref name="acceptedAt"/> is when a touchpoint was
    /// accepted (null for a tick).
    /// </summary>
    public static IEnumerable<(string VenueId, VenueActivity Activity)> From(
        IReadOnlyList<ExperienceSignal> signals, CustomerState customer, string displayName, string sourceId, DateTimeOffset? acceptedAt = null)
    {
        var tier = customer.Loyalty.Tier.ToString();
        foreach (var venueSignals in signals.GroupBy(s => s.VenueId))
        {
            // Built once from locals: a `with` per signal would copy the whole record each time.
            bool opened = false, closed = false, riskChanged = false;
            double? visitScore = null, closedScore = null;
            RiskAssessment? risk = null;
            string? zone = null;
            List<Moment>? miseries = null;
            List<TouchpointMoment>? moments = null;
            List<FloorNudge>? nudges = null;
            List<FollowUp>? followUps = null;
            var at = DateTimeOffset.MinValue;
            foreach (var signal in venueSignals)
            {
                at = signal.At > at ? signal.At : at;
                switch (signal)
                {
                    case Signals.VisitOpened:
                        opened = true;
                        break;
                    case Signals.VisitClosed visitClosed:
                        (closed, closedScore, visitScore) = (true, visitClosed.Score, null);
                        break;
                    case MomentRecorded recorded:
                        (moments ??= []).Add(new TouchpointMoment(recorded.Moment.Kind, recorded.Moment.MomentKind, recorded.Moment.AntiPattern, recorded.StaffId));
                        visitScore = recorded.VisitScore;
                        break;
                    case RiskChanged changed:
                        (riskChanged, risk, zone) = (true, changed.Risk, changed.Zone);
                        miseries = changed.Risk is null ? null : [.. customer.Visit?.Moments.Where(m => m.MomentKind == MomentKind.Misery) ?? []];
                        break;
                    case NudgeRaised or NudgeAnswered or NudgeClosed:
                        (nudges ??= []).Add(FloorNudge.From(signal, customer, displayName));
                        break;
                    case FollowUpTask task:
                        (followUps ??= []).Add(FollowUp.From(task, customer, displayName, sourceId));
                        break;
                    case WowOpportunity wow:
                        (followUps ??= []).Add(FollowUp.From(wow, customer, displayName, sourceId));
                        break;
                }
            }

            yield return (venueSignals.Key, new VenueActivity(
                customer.CustomerId, at, opened, closed, visitScore, moments, nudges, followUps, displayName, tier, zone, risk,
                RiskCleared: riskChanged && risk is null, Miseries: miseries, SourceId: sourceId, ClosedScore: closedScore, AcceptedAt: acceptedAt));
        }
    }
}
