using System.Text.Json;
using ExperienceGrid.Domain;
using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Domain.Venues;

namespace ExperienceGrid.Silo.Journey;

/// <summary>Folds venues' moments by touchpoint kind into the journey map's stages and cells.</summary>
public static class JourneyMaps
{
    private const int WorstListed = 5;

    /// <param name="visible">Every venue the caller may see (for the filters).</param>
    /// <param name="counted">The venues matching the filter, with their moments.</param>
    public static JourneyMap Build(
        ChainConfig chain, JourneyFilter filter, IReadOnlyList<Venue> visible, IReadOnlyList<VenueMoments> counted, DateTimeOffset at, DateTimeOffset lastWeekFrom)
    {
        var stages = Enum.GetValues<JourneyStage>()
            .Select(stage => new JourneyColumn(
                JsonNamingPolicy.CamelCase.ConvertName(stage.ToString()),
                [.. chain.Touchpoints.Where(t => t.Stage == stage && !t.IsMarker).Select(t => Cell(t.Kind, counted))]))
            .ToList();
        var regions = visible.Select(v => v.RegionId).ToHashSet(StringComparer.Ordinal);
        return new JourneyMap(
            filter.VenueType,
            filter.RegionId,
            filter.VenueId,
            at,
            lastWeekFrom,
            JourneyFilter.VenueTypes(chain),
            [.. chain.Regions.Where(r => regions.Contains(r.Id))],
            [.. visible.Select(v => new JourneyVenue(v.Id, v.Name, v.RegionId, JourneyFilter.TypeOf(chain, v)))],
            counted.Count,
            stages);
    }

    private static JourneyCell Cell(string kind, IReadOnlyList<VenueMoments> venues)
    {
        var lastHour = Sum(venues.Select(v => v.LastHour));
        var lastWeek = Sum(venues.Select(v => v.LastWeek).OfType<IReadOnlyDictionary<string, MomentCounts>>());
        var worst = venues
            .Select(v => (v.Venue, Counts: v.LastHour.GetValueOrDefault(kind, MomentCounts.None)))
            .Where(v => v.Counts.Volume > 0)
            .Select(v => new WorstVenue(v.Venue.Id, v.Venue.Name, v.Venue.RegionId, v.Counts.Misery, v.Counts.Volume,
                Math.Round((double)v.Counts.Misery / v.Counts.Volume, 3)))
            .OrderByDescending(v => v.MiseryShare)
            .ThenByDescending(v => v.Misery)
            .ThenByDescending(v => v.Volume)
            .ThenBy(v => v.Name, StringComparer.Ordinal)
            .Take(WorstListed)
            .ToList();
        return new JourneyCell(
            kind,
            lastHour,
            MomentShares.Of(lastHour),
            lastHour.Volume,
            MomentShares.Of(lastWeek) is { } shares ? new JourneyBaseline(lastWeek, shares, lastWeek.Volume) : null,
            worst);

        MomentCounts Sum(IEnumerable<IReadOnlyDictionary<string, MomentCounts>> byKind) =>
            byKind.Aggregate(MomentCounts.None, (total, counts) => total.Plus(counts.GetValueOrDefault(kind, MomentCounts.None)));
    }
}
