using System.Globalization;
using ExperienceGrid.Domain.Configuration;

namespace ExperienceGrid.Domain.Scoring;

/// <summary>
/// Lifetime loyalty in [0,100]. It halves every half-life without visits; a WOW visit adds a
/// share of the headroom, a misery visit removes a (larger) share of the score, and a mediocre
/// visit changes nothing: only feelings build loyalty.
/// </summary>
public static class LoyaltyCalculator
{
    /// <summary>The loyalty score as it has decayed by <paramref name="now"/> (never before UpdatedAt).</summary>
    public static double ScoreAt(LoyaltyState loyalty, LoyaltySettings settings, DateTimeOffset now)
    {
        if (loyalty.UpdatedAt is not { } updated || now <= updated)
        {
            return loyalty.Score;
        }
        return loyalty.Score * Math.Pow(0.5, (now - updated) / settings.HalfLife);
    }

    /// <summary>Value of the guest to the business, in [1,3]: it scales alert priority.</summary>
    public static double CustomerValue(double loyaltyScore) => 1 + (2 * Math.Clamp(loyaltyScore, 0, 100) / 100);

    /// <summary>Folds a closed visit into loyalty, explaining decay and visit impact.</summary>
    public static LoyaltyState ApplyVisit(
        LoyaltyState loyalty, double visitScore, DateTimeOffset closedAt, LoyaltySettings settings, TierThresholds tiers)
    {
        var contributions = new List<ScoreContribution>();
        var decayed = ScoreAt(loyalty, settings, closedAt);
        if (decayed != loyalty.Score && loyalty.UpdatedAt is { } updated)
        {
            var days = (closedAt - updated).TotalDays;
            contributions.Add(new ScoreContribution("", "decay",
                Text($"{days:0.#} days since the last visit (half-life {settings.HalfLife.TotalDays:0.#} days)"), decayed - loyalty.Score));
        }

        var impact = VisitImpact(decayed, visitScore, settings);
        var verdict = impact > 0 ? "WOW visit builds loyalty"
            : impact < 0 ? "misery visit erodes loyalty"
            : "mediocre visit: mediocrity does not build loyalty";
        contributions.Add(new ScoreContribution("", "visit", Text($"{verdict} (visit score {visitScore:0.#})"), impact));

        var score = Math.Clamp(loyalty.Score + contributions.Sum(c => c.Delta), 0, 100);
        return new LoyaltyState(score, tiers.TierFor(score), closedAt, loyalty.VisitCount + 1,
            new ScoreExplanation(loyalty.Score, contributions, score));
    }

    /// <summary>The signed change a visit makes to an (already decayed) loyalty score.</summary>
    public static double VisitImpact(double loyaltyScore, double visitScore, LoyaltySettings settings)
    {
        if (visitScore >= settings.WowVisitScore)
        {
            var strength = Math.Clamp((visitScore - VisitScorer.Neutral) / (100 - VisitScorer.Neutral), 0, 1);
            return (100 - loyaltyScore) * settings.WowGain * strength;
        }
        if (visitScore <= settings.MiseryVisitScore)
        {
            var strength = Math.Clamp((VisitScorer.Neutral - visitScore) / VisitScorer.Neutral, 0, 1);
            return -loyaltyScore * settings.MiseryLoss * strength;
        }
        return 0;
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
