namespace ExperienceGrid.Domain;

/// <summary>
/// Lifetime loyalty as of <see cref="UpdatedAt"/>; it decays from there (see
/// <c>LoyaltyCalculator.ScoreAt</c>), so read it through the calculator for a given time.
/// </summary>
/// <param name="Score">In [0,100].</param>
/// <param name="Explanation">How the last closed visit moved the score (decay, visit impact).</param>
public sealed record LoyaltyState(
    double Score,
    Tier Tier,
    DateTimeOffset? UpdatedAt,
    int VisitCount,
    ScoreExplanation Explanation)
{
    /// <summary>A guest never seen before.</summary>
    public static LoyaltyState New { get; } = new(0, Tier.Bronze, null, 0, ScoreExplanation.Neutral(0));
}
