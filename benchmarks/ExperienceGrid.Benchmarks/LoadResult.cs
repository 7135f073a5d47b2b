namespace ExperienceGrid.Benchmarks;

/// <summary>What the senders saw: touchpoints the silo accepted (202), refused batches, batch latency.</summary>
public sealed record LoadResult(
    long Accepted, long Duplicates, int Batches, int Failures, string? FirstFailure, TimeSpan Elapsed, LatencyHistogram Latency, bool RanOut)
{
    /// <summary>Accepted touchpoints per second, from the first send to the last answer.</summary>
    public double Rate => Accepted / Elapsed.TotalSeconds;
}
