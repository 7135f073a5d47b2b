using ExperienceGrid.Domain.Venues;

namespace ExperienceGrid.Silo.Hubs;

/// <summary>Live totals over the venues a dashboard may see (the chain, a region, or a venue).</summary>
/// <param name="Scope">"chain", "region:{regionId}" or "venue:{venueId}" when pushed; "venues" in a venue user's snapshot.</param>
/// <param name="Trend">Moments per minute of the last hour, summed over the venues, oldest first.</param>
/// <param name="PreventionRate">Miseries prevented over the nudges that closed (null before the first).</param>
public sealed record ChainSummary(
    string Scope,
    int Venues,
    int CurrentVisitors,
    double? AverageVisitScore,
    int OpenAlerts,
    long AtRiskTotal,
    long RecoveredTotal,
    double? RecoveryRate,
    MomentCounts LastHour,
    IReadOnlyList<MinuteMoments> Trend,
    IReadOnlyList<RegionSummary> Regions,
    long MiseriesPrevented,
    double? PreventionRate);
