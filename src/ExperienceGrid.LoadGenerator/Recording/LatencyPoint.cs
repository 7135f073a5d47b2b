namespace ExperienceGrid.LoadGenerator.Recording;

/// <summary>Latency of one time bucket of a run (milliseconds), for the latency-over-time charts.</summary>
/// <param name="At">Start of the bucket, seconds from the run's start.</param>
public sealed record LatencyPoint(double At, long Count, double P50, double P99, double Max);
