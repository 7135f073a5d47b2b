namespace ExperienceGrid.LoadGenerator.Soak;

/// <summary>One measure of a soak: the median of its samples after the warm-up and at the end, and whether it stayed flat.</summary>
/// <param name="Ratio">End ÷ baseline (1 when both are 0, infinity when only the baseline is 0).</param>
public sealed record SoakMeasureVerdict(string Measure, double Baseline, double End, double Ratio, bool Flat);
