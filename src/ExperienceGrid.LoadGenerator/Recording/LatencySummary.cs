namespace ExperienceGrid.LoadGenerator.Recording;

/// <summary>Latency percentiles in milliseconds; NaN-free: an empty summary has <see cref="Count"/> 0 and zeros.</summary>
public sealed record LatencySummary(long Count, double P50, double P95, double P99, double Max, double Mean)
{
    public static LatencySummary Empty { get; } = new(0, 0, 0, 0, 0, 0);

    public static LatencySummary Of(List<double> samples)
    {
        if (samples.Count == 0)
        {
            return Empty;
        }

        samples.Sort();
        return new LatencySummary(
            samples.Count,
            Percentiles.Of(samples, 50),
            Percentiles.Of(samples, 95),
            Percentiles.Of(samples, 99),
            samples[^1],
            samples.Average());
    }
}
