namespace ExperienceGrid.Domain.Venues;

/// <summary>
/// A venue's history over one step (a minute or an hour) as pages and the API read it: moments, the alert workflow,
/// recovery and the follow-up SLA. Time to claim is the median and p90 over the alerts claimed in the step.
/// </summary>
/// <param name="Touchpoints">Moments by touchpoint kind (hour steps only; null for minutes).</param>
public sealed record VenueHistoryPoint(
    DateTimeOffset At,
    MomentCounts Moments,
    int Raised,
    int Claimed,
    int Resolved,
    int Escalated,
    double? ClaimMedianSeconds,
    double? ClaimP90Seconds,
    int AlertedVisitsEnded,
    int Recovered,
    double? RecoveryRate,
    int FollowUpsOpened,
    int FollowUpsClosed,
    int FollowUpsInTime,
    int FollowUpsOverdue,
    double? FollowUpsInTimeRate,
    IReadOnlyDictionary<string, MomentCounts>? Touchpoints)
{
    public static VenueHistoryPoint Of(VenueTally tally, bool withTouchpoints)
    {
        var claims = tally.ClaimSecondsOrEmpty.Order().ToList();
        return new VenueHistoryPoint(
            DateTimeOffset.FromUnixTimeSeconds(tally.Minute * 60),
            tally.Moments,
            tally.Raised,
            tally.Claimed,
            tally.Resolved,
            tally.Escalated,
            Percentile(claims, 0.5),
            Percentile(claims, 0.9),
            tally.AlertedVisitsEnded,
            tally.Recovered,
            Rate(tally.Recovered, tally.AlertedVisitsEnded),
            tally.FollowUpsOpened,
            tally.FollowUpsClosed,
            tally.FollowUpsInTime,
            tally.FollowUpsOverdue,
            Rate(tally.FollowUpsInTime, tally.FollowUpsClosed),
            withTouchpoints ? tally.Touchpoints : null);
    }

    /// <summary>The nearest-rank percentile of sorted values (null for none).</summary>
    public static double? Percentile(IReadOnlyList<int> sorted, double p) =>
        sorted.Count == 0 ? null : sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static double? Rate(int part, int whole) => whole > 0 ? Math.Round((double)part / whole, 3) : null;
}
