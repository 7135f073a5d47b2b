using ExperienceGrid.Contracts;
using ExperienceGrid.Domain;

namespace ExperienceGrid.Silo.Grains;

/// <summary>Moment counts of one minute (Unix minutes).</summary>
[GenerateSerializer, Alias("Silo.MinuteCounts")]
public sealed class MinuteCounts
{
    [Id(0)]
    public long Minute { get; set; }

    [Id(1)]
    public long Misery { get; set; }

    [Id(2)]
    public long Mediocrity { get; set; }

    [Id(3)]
    public long Wow { get; set; }

    /// <summary>
    /// Moments by touchpoint kind, each as [misery, mediocrity, wow] (indexed by <see cref="MomentKind"/>):
    /// arrays rather than objects because a busy venue writes its state every second.
    /// </summary>
    [Id(4)]
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
