namespace ExperienceGrid.Domain.Configuration;

/// <summary>
/// Expectation for a measured kind. Lower-is-better: value ≤ Wow is WOW, value > Misery is
/// misery, reaching full intensity at DeepMisery; Best is where WOW reaches full intensity.
/// Higher-is-better mirrors every comparison.
/// </summary>
public sealed record MeasuredThresholds(
    ThresholdDirection Direction,
    double Wow,
    double Misery,
    double DeepMisery,
    double Best);
