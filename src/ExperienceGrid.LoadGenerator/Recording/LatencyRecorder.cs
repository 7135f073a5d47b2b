namespace ExperienceGrid.LoadGenerator.Recording;

/// <summary>
/// Keeps every latency sample (sorted-sample percentiles: exact, and a run of minutes at
/// thousands of events per second is a few MB). Thread-safe.
/// </summary>
public sealed class LatencyRecorder
{
    private readonly List<(double At, double Millis)> _samples = [];
    private readonly Lock _lock = new();

    public long Count
    {
        get
        {
            lock (_lock)
            {
                return _samples.Count;
            }
        }
    }

    /// <param name="at">Seconds from the run's start the sample belongs to.</param>
    /// <param name="latency">The latency; negative values (clock races) count as 0.</param>
    public void Record(double at, TimeSpan latency)
    {
        var millis = Math.Max(0, latency.TotalMilliseconds);
        lock (_lock)
        {
            _samples.Add((at, millis));
        }
    }

    public LatencySummary Summary() => LatencySummary.Of(Copy(from: double.NegativeInfinity).Select(s => s.Millis).ToList());

    /// <summary>The samples recorded at or after <paramref name="from"/> seconds (the progress display's window).</summary>
    public LatencySummary SummarySince(double from) => LatencySummary.Of(Copy(from).Select(s => s.Millis).ToList());

    /// <summary>The samples recorded at or after <paramref name="from"/> and before <paramref name="to"/> seconds (a soak sample's period).</summary>
    public LatencySummary SummaryBetween(double from, double to) => LatencySummary.Of(Copy(from).Where(s => s.At < to).Select(s => s.Millis).ToList());

    /// <summary>Per-bucket percentiles; the bucket width keeps a chart under about 150 points.</summary>
    public IReadOnlyList<LatencyPoint> Timeline(double runSeconds)
    {
        var width = BucketWidth(runSeconds);
        return Copy(double.NegativeInfinity)
            .GroupBy(s => Math.Floor(s.At / width))
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var summary = LatencySummary.Of(g.Select(s => s.Millis).ToList());
                return new LatencyPoint(g.Key * width, summary.Count, summary.P50, summary.P99, summary.Max);
            })
            .ToList();
    }

    /// <summary>Seconds per chart bucket: 1 s up to 150 s runs, wider beyond.</summary>
    public static double BucketWidth(double runSeconds) => Math.Max(1, Math.Ceiling(runSeconds / 150));

    private List<(double At, double Millis)> Copy(double from)
    {
        lock (_lock)
        {
            return _samples.Where(s => s.At >= from).ToList();
        }
    }
}
