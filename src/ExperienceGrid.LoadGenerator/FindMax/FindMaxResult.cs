namespace ExperienceGrid.LoadGenerator.FindMax;

/// <summary>The highest rate that held every bound, and the step that broke one.</summary>
/// <param name="HighestSustainedRate">0 when even the first step failed.</param>
public sealed record FindMaxResult(double P99BoundMs, string LatencyMeasured, double HighestSustainedRate, string StopReason, IReadOnlyList<FindMaxStep> Steps);
