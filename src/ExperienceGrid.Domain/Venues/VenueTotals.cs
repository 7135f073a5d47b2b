namespace ExperienceGrid.Domain.Venues;

/// <summary>A venue's running totals since it opened.</summary>
/// <param name="AtRisk">Visits that were alerted.</param>
/// <param name="Recovered">Alerted visits that ended better than they stood at the alert.</param>
/// <param name="AlertedVisitsEnded">Alerted visits that ended: the denominator of the recovery rate.</param>
/// <param name="Claimed">Alerts claimed by staff.</param>
/// <param name="ClaimSeconds">Seconds from raise to claim, summed over claimed alerts.</param>
/// <param name="Escalated">Alerts nobody claimed in time.</param>
/// <param name="NudgesRaised">Nudges put on the floor.</param>
/// <param name="NudgesClosed">Nudges put on the floor that closed.</param>
/// <param name="MiseriesPrevented">Closed nudges answered in time whose wait never became misery.</param>
/// <param name="FollowUpsClosed">Care follow-ups marked done.</param>
/// <param name="FollowUpsClosedInTime">Care follow-ups marked done before their due time.</param>
[GenerateSerializer, Immutable, Alias("Domain.VenueTotals")]
public sealed record VenueTotals(
    [property: Id(0)] long AtRisk = 0,
    [property: Id(1)] long Recovered = 0,
    [property: Id(2)] long AlertedVisitsEnded = 0,
    [property: Id(3)] long Claimed = 0,
    [property: Id(4)] double ClaimSeconds = 0,
    [property: Id(5)] long Escalated = 0,
    [property: Id(6)] long NudgesRaised = 0,
    [property: Id(7)] long NudgesClosed = 0,
    [property: Id(8)] long MiseriesPrevented = 0,
    [property: Id(9)] long FollowUpsClosed = 0,
    [property: Id(10)] long FollowUpsClosedInTime = 0);
