namespace ExperienceGrid.Domain.Venues;

/// <summary>A venue's live numbers.</summary>
/// <param name="RecoveredTotal">Alerted visits that ended with a better score than when the alert was raised.</param>
/// <param name="RecoveryRate">RecoveredTotal over the alerted visits that ended (null before the first).</param>
/// <param name="AverageTimeToClaimSeconds">Mean time from raise to claim of claimed alerts (null before the first claim).</param>
/// <param name="EscalatedTotal">Alerts escalated to the venue's managers because nobody claimed them in time.</param>
/// <param name="AlertedVisitsEnded">Visits with an alert that ended: the denominator of RecoveryRate.</param>
/// <param name="Trend">Moments per minute of the last hour, oldest first (only minutes with moments).</param>
/// <param name="Touchpoints">Moments of the last hour by touchpoint kind.</param>
/// <param name="OpenNudges">Nudges on the floor now (raised, not answered or closed).</param>
/// <param name="NudgesRaised">Nudges put on the floor; those held back by the venue's limit are not counted.</param>
/// <param name="MiseriesPrevented">Nudges answered in time whose wait never became misery.</param>
/// <param name="NudgesClosed">Nudges put on the floor that closed: the denominator of PreventionRate.</param>
/// <param name="PreventionRate">MiseriesPrevented over NudgesClosed (null before the first).</param>
/// <param name="FollowUpsClosed">Care follow-ups marked done: the denominator of FollowUpsInTimeRate.</param>
/// <param name="FollowUpsInTimeRate">Share of the care follow-ups marked done before their due time (null before the first).</param>
[GenerateSerializer, Immutable, Alias("Contracts.VenueView")]
public sealed record VenueView(
    [property: Id(0)] string VenueId,
    [property: Id(1)] int CurrentVisitors,
    [property: Id(2)] double? AverageVisitScore,
    [property: Id(3)] MomentCounts LastHour,
    [property: Id(4)] int OpenAlerts,
    [property: Id(5)] long AtRiskTotal,
    [property: Id(6)] long RecoveredTotal,
    [property: Id(7)] double? RecoveryRate,
    [property: Id(8)] double? AverageTimeToClaimSeconds = null,
    [property: Id(9)] long EscalatedTotal = 0,
    [property: Id(10)] long AlertedVisitsEnded = 0,
    [property: Id(11)] IReadOnlyList<MinuteMoments>? Trend = null,
    [property: Id(12)] IReadOnlyDictionary<string, MomentCounts>? Touchpoints = null,
    [property: Id(13)] int OpenNudges = 0,
    [property: Id(14)] long NudgesRaised = 0,
    [property: Id(15)] long MiseriesPrevented = 0,
    [property: Id(16)] long NudgesClosed = 0,
    [property: Id(17)] double? PreventionRate = null,
    [property: Id(18)] long FollowUpsClosed = 0,
    [property: Id(19)] double? FollowUpsInTimeRate = null);
