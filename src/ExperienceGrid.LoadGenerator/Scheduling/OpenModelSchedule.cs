namespace ExperienceGrid.LoadGenerator.Scheduling;

/// <summary>
/// The open-model plan: <c>rate × duration</c> events cut into batches, batch k due at
/// <c>k × batch / rate</c> from the start. Sends happen at their due time whatever earlier sends
/// are doing, and latency is measured from the due time, so a lagging grid (or a lagging
/// generator) shows up as latency instead of being hidden by sending less (coordinated omission).
/// </summary>
public sealed class OpenModelSchedule
{
    public OpenModelSchedule(double rate, TimeSpan duration, int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rate);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        Rate = rate;
        BatchSize = batchSize;
        TotalEvents = (long)Math.Round(rate * duration.TotalSeconds);
        BatchCount = (TotalEvents + batchSize - 1) / batchSize;
    }

    public double Rate { get; }

    public int BatchSize { get; }

    public long TotalEvents { get; }

    public long BatchCount { get; }

    /// <summary>When batch <paramref name="index"/> is due, from the start of the run.</summary>
    public TimeSpan DueAt(long index) => TimeSpan.FromSeconds(index * (double)BatchSize / Rate);

    /// <summary>Events in batch <paramref name="index"/>: a full batch except perhaps the last.</summary>
    public int SizeOf(long index) => (int)Math.Min(BatchSize, TotalEvents - (index * BatchSize));

    /// <summary>Batches due at or before <paramref name="elapsed"/> (how many should have been sent by then).</summary>
    public long DueBy(TimeSpan elapsed) =>
        elapsed < TimeSpan.Zero ? 0 : Math.Min(BatchCount, (long)Math.Floor(elapsed.TotalSeconds * Rate / BatchSize) + 1);
}
