namespace ExperienceGrid.Domain.Configuration;

/// <summary>How closed visits move the lifetime loyalty score.</summary>
/// <param name="HalfLife">Loyalty halves over this long without visits.</param>
/// <param name="WowVisitScore">Visits scoring at least this build loyalty.</param>
/// <param name="MiseryVisitScore">Visits scoring at most this erode it; between the two nothing changes
/// (mediocrity does not build loyalty).</param>
/// <param name="WowGain">Share of the remaining headroom a perfect visit adds, in (0,1].</param>
/// <param name="MiseryLoss">Share of the current score a worst-case visit removes; at least WowGain.</param>
public sealed record LoyaltySettings(
    TimeSpan HalfLife,
    double WowVisitScore,
    double MiseryVisitScore,
    double WowGain,
    double MiseryLoss);
