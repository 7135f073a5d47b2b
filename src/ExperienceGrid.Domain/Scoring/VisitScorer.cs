using System.Globalization;

namespace ExperienceGrid.Domain.Scoring;

/// <summary>
/// Peak–end visit score in [0,100]: 60 (mediocrity) plus 40% of the strongest moment, 30% of
/// how the visit is ending and 30% of the overall balance. Each term is a moment "delta" in
/// [-60, +40] (misery weighs more than WOW), so the score stays in range.
/// </summary>
/// <remarks>
/// The "ending" and "overall" terms are built so that appending a misery never raises the
/// score and appending a WOW never lowers it: a plain mean or plain last-moment would let a
/// mild misery after a bad one lift the score. A milder moment of the same sign does not
/// replace a stronger ending; a mediocre moment halves it. The overall term saturates sums of
/// impact instead of averaging them.
/// </remarks>
public static class VisitScorer
{
    public const double Neutral = 60;
    public const double PeakShare = 0.4;
    public const double EndShare = 0.3;
    public const double OverallShare = 0.3;

    /// <summary>A recovered misery still counts, but at a quarter of its impact.</summary>
    public const double RecoveredFactor = 0.25;

    /// <summary>Signed effect of one moment, in [-60, +40].</summary>
    public static double Delta(Moment moment) => moment.MomentKind switch
    {
        MomentKind.Wow => 40 * moment.Impact,
        MomentKind.Misery => -60 * moment.Impact * (moment.Recovered ? RecoveredFactor : 1),
        _ => 0,
    };

    /// <summary>Scores a visit's moments (in the order they happened) with a full explanation.</summary>
    public static ScoreExplanation Score(IReadOnlyList<Moment> moments)
    {
        var contributions = new List<ScoreContribution>();
        if (moments.Count > 0)
        {
            AddPeak(moments, contributions);
            AddEnding(moments, contributions);
            AddOverall(moments, contributions);
        }
        var score = Neutral + contributions.Sum(c => c.Delta);
        return new ScoreExplanation(Neutral, contributions, Math.Clamp(score, 0, 100));
    }

    private static void AddPeak(IReadOnlyList<Moment> moments, List<ScoreContribution> contributions)
    {
        // Strongest by |delta|; on a tie the misery (it is remembered longer), then the later one.
        var peak = moments[0];
        foreach (var m in moments.Skip(1))
        {
            double d = Delta(m), p = Delta(peak);
            if (Math.Abs(d) > Math.Abs(p) || (Math.Abs(d) == Math.Abs(p) && d <= p))
            {
                peak = m;
            }
        }
        Add(contributions, peak, $"strongest moment: {Describe(peak)}", PeakShare * Delta(peak));
    }

    private static void AddEnding(IReadOnlyList<Moment> moments, List<ScoreContribution> contributions)
    {
        double ending = 0;
        Moment? source = null;
        var softened = 0;
        foreach (var m in moments)
        {
            var d = Delta(m);
            var replaces = m.MomentKind switch
            {
                MomentKind.Wow => d >= ending,
                MomentKind.Misery => d <= ending,
                _ => false,
            };
            if (replaces)
            {
                (ending, source, softened) = (d, m, 0);
            }
            else if (m.MomentKind == MomentKind.Mediocrity && source is not null)
            {
                ending /= 2;
                softened++;
            }
        }
        if (source is not null)
        {
            var note = softened == 0 ? "" : $", softened by {softened} mediocre moment{(softened == 1 ? "" : "s")} since";
            Add(contributions, source, $"how the visit is ending: {Describe(source)}{note}", EndShare * ending);
        }
    }

    private static void AddOverall(IReadOnlyList<Moment> moments, List<ScoreContribution> contributions)
    {
        AddOverallPart(moments, MomentKind.Wow, 40, contributions);
        AddOverallPart(moments, MomentKind.Misery, -60, contributions);
    }

    /// <summary>Saturating sum: 1 - e^(-Σ impact) of the part's full range, shared by impact.</summary>
    private static void AddOverallPart(IReadOnlyList<Moment> moments, MomentKind kind, double range, List<ScoreContribution> contributions)
    {
        var part = moments.Where(m => m.MomentKind == kind).Select(m => (Moment: m, Weight: Math.Abs(Delta(m)) / Math.Abs(range))).ToList();
        var total = part.Sum(p => p.Weight);
        if (total <= 0)
        {
            return;
        }
        var value = OverallShare * range * (1 - Math.Exp(-total));
        foreach (var (moment, weight) in part)
        {
            Add(contributions, moment, $"overall balance: {Describe(moment)}", value * weight / total);
        }
    }

    private static void Add(List<ScoreContribution> contributions, Moment moment, string reason, double delta)
    {
        if (delta != 0)
        {
            contributions.Add(new ScoreContribution(moment.EventId, moment.Kind, reason, delta));
        }
    }

    private static string Describe(Moment m)
    {
        var kind = m.MomentKind switch { MomentKind.Wow => "WOW", MomentKind.Misery => "misery", _ => "mediocrity" };
        var recovered = m.Recovered ? " (recovered)" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{m.Kind} {kind}{recovered}, intensity {m.Intensity:0.00} x weight {m.Weight:0.00} at {m.Stage.ToString().ToLowerInvariant()}");
    }
}
