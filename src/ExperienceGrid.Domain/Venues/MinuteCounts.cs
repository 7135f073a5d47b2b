using System.Collections.Immutable;

namespace ExperienceGrid.Domain.Venues;

/// <summary>Moment counts of one minute of event time (Unix minutes), in all and by touchpoint kind.</summary>
[GenerateSerializer, Immutable, Alias("Domain.MinuteCounts")]
public sealed record MinuteCounts(
    [property: Id(0)] long Minute,
    [property: Id(1)] MomentCounts Moments,
    [property: Id(2)] ImmutableDictionary<string, MomentCounts> Touchpoints)
{
    public static MinuteCounts Empty(long minute) => new(minute, MomentCounts.None, ImmutableDictionary.Create<string, MomentCounts>(StringComparer.Ordinal));

    /// <summary>These counts with <paramref name="moments"/> added.</summary>
    public MinuteCounts With(IEnumerable<TouchpointMoment> moments)
    {
        var total = Moments;
        var touchpoints = Touchpoints.ToBuilder();
        foreach (var moment in moments)
        {
            total = total.With(moment.Moment);
            touchpoints[moment.Touchpoint] = touchpoints.GetValueOrDefault(moment.Touchpoint, MomentCounts.None).With(moment.Moment);
        }

        return this with { Moments = total, Touchpoints = touchpoints.ToImmutable() };
    }

    /// <summary>The moments of <paramref name="minutes"/> by touchpoint kind.</summary>
    public static Dictionary<string, MomentCounts> ByTouchpoint(IEnumerable<MinuteCounts> minutes)
    {
        var totals = new Dictionary<string, MomentCounts>(StringComparer.Ordinal);
        foreach (var (kind, counts) in minutes.SelectMany(m => m.Touchpoints))
        {
            totals[kind] = totals.GetValueOrDefault(kind, MomentCounts.None).Plus(counts);
        }

        return totals;
    }
}
