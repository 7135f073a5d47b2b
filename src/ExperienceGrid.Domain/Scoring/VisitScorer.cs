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

    /// <summary>The score of a visit's moments (in the order they happened): what <see cref="Explain"/> adds up to.</summary>
    public static double Score(IReadOnlyList<Moment> moments) => Total(Terms(moments));

    /// <summary>Scores a visit's moments with the reason for each part; only when someone reads it (strings cost).</summary>
    public static ScoreExplanation Explain(IReadOnlyList<Moment> moments)
    {
        var terms = Terms(moments);
        var contributions = terms.ConvertAll(t => new ScoreContribution(t.Moment.EventId, t.Moment.Kind, Reason(t), t.Delta));
        return new ScoreExplanation(Neutral, contributions, Total(terms));
    }

    private enum Part { Peak, Ending, Overall }

    /// <summary>One moment's non-zero share of the score; <paramref name="Softened"/> counts the mediocre moments that halved an ending.</summary>
    private readonly record struct Term(Part Part, Moment Moment, double Delta, int Softened = 0);

    private static double Total(List<Term> terms)
    {
        double sum = 0;
        foreach (var term in terms)
        {
            sum += term.Delta;
        }

        return Math.Clamp(Neutral + sum, 0, 100);
    }

    private static List<Term> Terms(IReadOnlyList<Moment> moments)
    {
        var terms = new List<Term>();
        if (moments.Count > 0)
        {
            AddPeak(moments, terms);
            AddEnding(moments, terms);
            AddOverallPart(moments, MomentKind.Wow, 40, terms);
            AddOverallPart(moments, MomentKind.Misery, -60, terms);
        }

        return terms;
    }

    private static void AddPeak(IReadOnlyList<Moment> moments, List<Term> terms)
    {
        // Strongest by |delta|; on a tie the misery (it is remembered longer), then the later one.
        var peak = moments[0];
        for (var i = 1; i < moments.Count; i++)
        {
            var m = moments[i];
            double d = Delta(m), p = Delta(peak);
            if (Math.Abs(d) > Math.Abs(p) || (Math.Abs(d) == Math.Abs(p) && d <= p))
            {
                peak = m;
            }
        }
        Add(terms, new Term(Part.Peak, peak, PeakShare * Delta(peak)));
    }

    private static void AddEnding(IReadOnlyList<Moment> moments, List<Term> terms)
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
            Add(terms, new Term(Part.Ending, source, EndShare * ending, softened));
        }
    }

    /// <summary>Saturating sum: 1 - e^(-Σ impact) of the part's full range, shared by impact.</summary>
    private static void AddOverallPart(IReadOnlyList<Moment> moments, MomentKind kind, double range, List<Term> terms)
    {
        double total = 0;
        foreach (var m in moments)
        {
            total += m.MomentKind == kind ? Weight(m, range) : 0;
        }
        if (total <= 0)
        {
            return;
        }
        var value = OverallShare * range * (1 - Math.Exp(-total));
        foreach (var m in moments)
        {
            if (m.MomentKind == kind)
            {
                Add(terms, new Term(Part.Overall, m, value * Weight(m, range) / total));
            }
        }
    }

    private static double Weight(Moment m, double range) => Math.Abs(Delta(m)) / Math.Abs(range);

    private static void Add(List<Term> terms, Term term)
    {
        if (term.Delta != 0)
        {
            terms.Add(term);
        }
    }

    private static string Reason(Term term) => term.Part switch
    {
        Part.Peak => $"strongest moment: {Describe(term.Moment)}",
        Part.Ending => $"how the visit is ending: {Describe(term.Moment)}"
            + (term.Softened == 0 ? "" : $", softened by {term.Softened} mediocre moment{(term.Softened == 1 ? "" : "s")} since"),
        _ => $"overall balance: {Describe(term.Moment)}",
    };

    private static string Describe(Moment m)
    {
        var kind = m.MomentKind switch { MomentKind.Wow => "WOW", MomentKind.Misery => "misery", _ => "mediocrity" };
        var recovered = m.Recovered ? " (recovered)" : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{m.Kind} {kind}{recovered}, intensity {m.Intensity:0.00} x weight {m.Weight:0.00} at {m.Stage.ToString().ToLowerInvariant()}");
    }
}
