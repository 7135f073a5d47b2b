namespace ExperienceGrid.Domain.Configuration;

/// <summary>When an open visit counts as at risk.</summary>
/// <param name="RecoveryWindow">An unrecovered misery older than this puts the visit at risk.</param>
/// <param name="ScoreThreshold">A visit scoring below this is at risk.</param>
/// <param name="RepeatedMiseryCount">This many unrecovered miseries in one visit put it at risk.</param>
/// <param name="TopTier">Guests at this tier or above are at risk on any unrecovered misery.</param>
public sealed record RiskPolicy(TimeSpan RecoveryWindow, double ScoreThreshold, int RepeatedMiseryCount, Tier TopTier);
