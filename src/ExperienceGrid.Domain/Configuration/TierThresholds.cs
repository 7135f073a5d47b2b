namespace ExperienceGrid.Domain.Configuration;

/// <summary>Minimum loyalty score per tier; Bronze starts at 0.</summary>
public sealed record TierThresholds(double Silver, double Gold, double Platinum)
{
    /// <summary>The tier a loyalty score earns.</summary>
    public Tier TierFor(double score) => score >= Platinum ? Tier.Platinum
        : score >= Gold ? Tier.Gold
        : score >= Silver ? Tier.Silver
        : Tier.Bronze;
}
