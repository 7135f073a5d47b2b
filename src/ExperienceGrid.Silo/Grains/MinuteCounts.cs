using ExperienceGrid.Contracts;
using ExperienceGrid.Domain;

namespace ExperienceGrid.Silo.Grains;

/// <summary>Moment counts of one minute (Unix minutes).</summary>
public sealed class MinuteCounts
{
    public long Minute { get; set; }

    public long Misery { get; set; }

    public long Mediocrity { get; set; }

    public long Wow { get; set; }

    /// <summary>
    /// Moments by touchpoint kind, each as [misery, mediocrity, wow] (indexed by <see cref="MomentKind"/>):
    /// arrays rather than objects because the venue snapshot is written on almost every commit.
    /// </summary>
    public Dictionary<string, long[]> Touchpoints { get; set; } = [];

    public void Count(TouchpointMoment moment)
    {
        _ = moment.Moment switch
        {
            MomentKind.Misery => Misery++,
            MomentKind.Mediocrity => Mediocrity++,
            _ => Wow++,
        };

        if (!Touchpoints.TryGetValue(moment.Touchpoint, out var counts))
        {
            counts = Touchpoints[moment.Touchpoint] = new long[3];
        }

        counts[(int)moment.Moment]++;
    }

    /// <summary>The moments of <paramref name="minutes"/> by touchpoint kind.</summary>
    public static Dictionary<string, MomentCounts> ByTouchpoint(IEnumerable<MinuteCounts> minutes)
    {
        var totals = new Dictionary<string, MomentCounts>(StringComparer.Ordinal);
        foreach (var (kind, counts) in minutes.SelectMany(m => m.Touchpoints))
        {
            totals[kind] = totals.GetValueOrDefault(kind, MomentCounts.None).Plus(new MomentCounts(counts[0], counts[1], counts[2]));
        }

        return totals;
    }
}
