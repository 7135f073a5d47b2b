namespace ExperienceGrid.Domain;

/// <summary>
/// Lifetime loyalty as of <see cref="UpdatedAt"/>; it decays from there (see
/// <c>LoyaltyCalculator.ScoreAt</c>), so read it through the calculator for a given time.
/// </summary>
/// <param name="Score">In [0,100].</param>
/// <param name="Explanation">How the last closed visit moved the score (decay, visit impact).</param>
[GenerateSerializer, Immutable, Alias("Domain.LoyaltyState")]
public sealed record LoyaltyState(
    [property: Id(0)] double Score,
    [property: Id(1)] Tier Tier,
    [property: Id(2)] DateTimeOffset? UpdatedAt,
    [property: Id(3)] int VisitCount,
    [property: Id(4)] ScoreExplanation Explanation)
{
    /// <summary>A guest never seen before.</summary>
    public static LoyaltyState New { get; } = new(0, Tier.Bronze, null, 0, ScoreExplanation.Neutral(0));
}
