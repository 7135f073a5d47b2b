using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Domain.Venues;
using ExperienceGrid.Silo.Chain;

namespace ExperienceGrid.Silo.Hubs;

/// <summary>Folds venue summaries into chain (or region) totals and trend.</summary>
public static class ChainSummaries
{
    public static ChainSummary Of(string scope, IReadOnlyList<VenueSummary> venues, ChainConfig chain)
    {
        var live = venues.Select(v => v.Live).ToList();
        var scored = live.Where(v => v.AverageVisitScore is not null && v.CurrentVisitors > 0).ToList();
        var visitors = scored.Sum(v => v.CurrentVisitors);
        var ended = live.Sum(v => v.AlertedVisitsEnded);
        var recovered = live.Sum(v => v.RecoveredTotal);
        var prevented = live.Sum(v => v.MiseriesPrevented);
        var nudgesClosed = live.Sum(v => v.NudgesClosed);
        var trend = live.SelectMany(v => v.Trend ?? [])
            .GroupBy(m => m.Minute)
            .OrderBy(g => g.Key)
            .Select(g => new MinuteMoments(g.Key, g.Sum(m => m.Misery), g.Sum(m => m.Mediocrity), g.Sum(m => m.Wow)))
            .ToList();
        var regions = venues.GroupBy(v => v.RegionId)
            .Select(g => Region(g.Key, g.ToList(), chain))
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
        return new ChainSummary(
            scope,
            venues.Count,
            live.Sum(v => v.CurrentVisitors),
            visitors > 0 ? Math.Round(scored.Sum(v => v.AverageVisitScore!.Value * v.CurrentVisitors) / visitors, 2) : null,
            live.Sum(v => v.OpenAlerts),
            live.Sum(v => v.AtRiskTotal),
            recovered,
            ended > 0 ? Math.Round((double)recovered / ended, 3) : null,
            new MomentCounts(live.Sum(v => v.LastHour.Misery), live.Sum(v => v.LastHour.Mediocrity), live.Sum(v => v.LastHour.Wow)),
            trend,
            regions,
            prevented,
            nudgesClosed > 0 ? Math.Round((double)prevented / nudgesClosed, 3) : null);
    }

    private static RegionSummary Region(string regionId, List<VenueSummary> venues, ChainConfig chain)
    {
        var ended = venues.Sum(v => v.Live.AlertedVisitsEnded);
        return new RegionSummary(
            regionId,
            chain.TryGetRegion(regionId, out var region) ? region.Name : regionId,
            venues.Count,
            venues.Sum(v => v.Live.CurrentVisitors),
            venues.Sum(v => v.Live.OpenAlerts),
            ended > 0 ? Math.Round((double)venues.Sum(v => v.Live.RecoveredTotal) / ended, 3) : null);
    }

    /// <summary>The tile: the venue without its trend (which travels summed in the chain summary).</summary>
    public static VenueSummary Tile(VenueSummary venue) =>
        venue with { Live = venue.Live with { Trend = null } };
}
