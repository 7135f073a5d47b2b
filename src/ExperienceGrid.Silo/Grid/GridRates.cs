using ExperienceGrid.Silo.Telemetry;

namespace ExperienceGrid.Silo.Grid;

/// <summary>
/// What this silo measures for the operator view: touchpoints accepted per second over the last
/// <see cref="RateWindow"/>, and the push lag of alert changes over the last <see cref="LagWindow"/>: from the
/// acceptance of the touchpoint that caused one (by its guest's grain, before the 202) to the hub send completing, or
/// from the venue grain publishing it when a staff command or a timer caused it. In a cluster each silo counts only its own. Thread-safe. Push lags
/// also go to <see cref="GridMetrics"/>, so the operator view and Prometheus read the same sends.
/// </summary>
public sealed class GridRates(TimeProvider time, GridMetrics metrics)
{
    public static readonly TimeSpan RateWindow = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan LagWindow = TimeSpan.FromMinutes(1);

    /// <summary>Push lags kept at most (the newest); a minute of a busy silo's alert changes fits.</summary>
    public const int MaxLagSamples = 20_000;

    private readonly Lock _lock = new();
    private readonly long[] _acceptedPerSecond = new long[(int)RateWindow.TotalSeconds];
    private readonly long[] _secondOf = new long[(int)RateWindow.TotalSeconds];
    private readonly Queue<(DateTimeOffset At, double Milliseconds)> _lags = new();

    /// <summary>Counts touchpoints accepted (duplicates are not) in the current second.</summary>
    public void Accepted(int count)
    {
        if (count <= 0)
        {
            return;
        }

        var second = time.GetUtcNow().ToUnixTimeSeconds();
        var slot = (int)(second % _acceptedPerSecond.Length);
        lock (_lock)
        {
            // A slot last written a window ago or more holds an old second: start it again.
            if (_secondOf[slot] != second)
            {
                (_secondOf[slot], _acceptedPerSecond[slot]) = (second, 0);
            }

            _acceptedPerSecond[slot] += count;
        }
    }

    /// <summary>
    /// Runs <paramref name="send"/> (a push to the hub) and, when it completes, records how long it took from
    /// <paramref name="acceptedAt"/> (the touchpoint behind it), else from this call; a failed send is no lag sample (the
    /// feed logs it). Returns the send itself.
    /// </summary>
    public Task TimePush(Func<Task> send, DateTimeOffset? acceptedAt = null)
    {
        var started = time.GetTimestamp();
        var task = send();
        task.ContinueWith(_ => Pushed(acceptedAt is { } at ? Since(at) : time.GetElapsedTime(started)), CancellationToken.None,
            TaskContinuationOptions.OnlyOnRanToCompletion | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        return task;
    }

    /// <summary>Touchpoints accepted per second, averaged over the last <see cref="RateWindow"/> (this second included).</summary>
    public double EventsPerSecond()
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        lock (_lock)
        {
            var sum = 0L;
            for (var i = 0; i < _acceptedPerSecond.Length; i++)
            {
                sum += now - _secondOf[i] < _acceptedPerSecond.Length ? _acceptedPerSecond[i] : 0;
            }

            return sum / RateWindow.TotalSeconds;
        }
    }

    /// <summary>The push lags of the last <see cref="LagWindow"/>: how many, their median and 99th percentile.</summary>
    public PushLag PushLag()
    {
        double[] lags;
        lock (_lock)
        {
            Trim(time.GetUtcNow());
            lags = [.. _lags.Select(l => l.Milliseconds)];
        }

        if (lags.Length == 0)
        {
            return new PushLag(0, null, null);
        }

        Array.Sort(lags);
        return new PushLag(lags.Length, Percentile(lags, 0.50), Percentile(lags, 0.99));
    }

    // The guest's grain may be on another silo: a clock behind this one is no negative lag.
    private TimeSpan Since(DateTimeOffset at) => TimeSpan.FromTicks(Math.Max(0, (time.GetUtcNow() - at).Ticks));

    private void Pushed(TimeSpan lag)
    {
        metrics.Pushed(lag);
        var now = time.GetUtcNow();
        lock (_lock)
        {
            _lags.Enqueue((now, lag.TotalMilliseconds));
            Trim(now);
        }
    }

    // MUST hold _lock.
    private void Trim(DateTimeOffset now)
    {
        while (_lags.Count > 0 && (_lags.Count > MaxLagSamples || now - _lags.Peek().At > LagWindow))
        {
            _lags.Dequeue();
        }
    }

    // Nearest rank: the smallest sample with at least that share of samples at or below it.
    private static double Percentile(double[] sorted, double share) =>
        sorted[Math.Clamp((int)Math.Ceiling(share * sorted.Length) - 1, 0, sorted.Length - 1)];
}
