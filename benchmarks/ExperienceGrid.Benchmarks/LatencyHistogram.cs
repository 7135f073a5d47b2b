using System.Diagnostics;

namespace ExperienceGrid.Benchmarks;

/// <summary>
/// Latencies in log-spaced buckets (64 per doubling: under 1.1 % apart) from 100 ns to about 30 minutes; one per
/// caller, merged at the end, so recording takes no lock.
/// </summary>
public sealed class LatencyHistogram
{
    private const int PerDoubling = 64;
    private const double MinSeconds = 1e-7;
    private readonly long[] _counts = new long[PerDoubling * 35];

    public long Count { get; private set; }

    public void Record(long startTimestamp) => Record(Stopwatch.GetElapsedTime(startTimestamp));

    public void Record(TimeSpan elapsed)
    {
        var seconds = Math.Max(elapsed.TotalSeconds, MinSeconds);
        var bucket = (int)(Math.Log2(seconds / MinSeconds) * PerDoubling);
        _counts[Math.Clamp(bucket, 0, _counts.Length - 1)]++;
        Count++;
    }

    public static LatencyHistogram Merge(IEnumerable<LatencyHistogram> histograms)
    {
        var merged = new LatencyHistogram();
        foreach (var histogram in histograms)
        {
            for (var i = 0; i < merged._counts.Length; i++)
            {
                merged._counts[i] += histogram._counts[i];
            }

            merged.Count += histogram.Count;
        }

        return merged;
    }

    /// <summary>The latency below which <paramref name="quantile"/> of the samples fall (the bucket's middle).</summary>
    public TimeSpan Percentile(double quantile)
    {
        if (Count == 0)
        {
            return TimeSpan.Zero;
        }

        var rank = (long)Math.Ceiling(quantile * Count);
        long seen = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            seen += _counts[i];
            if (seen >= rank)
            {
                return TimeSpan.FromSeconds(MinSeconds * Math.Pow(2, (i + 0.5) / PerDoubling));
            }
        }

        return TimeSpan.MaxValue;
    }
}
