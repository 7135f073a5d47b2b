namespace ExperienceGrid.Silo.Grid;

/// <summary>
/// Turns the transient failures requests meet (<see cref="GridUnavailability"/>) into one warning when an outage starts
/// and one line when it ends: once no request has failed for <see cref="QuietPeriod"/>, with how long it lasted (first
/// to last failure) and how many requests failed. Seen only through requests: an outage nobody asks the grid during
/// goes unnoticed here (/health reports it).
/// </summary>
public sealed partial class GridOutage : IDisposable
{
    /// <summary>How long without a failure ends an outage: 5 s, longer than a Retry-After and a failover.</summary>
    public static readonly TimeSpan QuietPeriod = TimeSpan.FromSeconds(5);

    private readonly Lock _lock = new();
    private readonly TimeProvider _time;
    private readonly ILogger<GridOutage> _logger;
    private readonly ITimer _check;
    private DateTimeOffset? _started;
    private DateTimeOffset _lastFailure;
    private long _failures;

    public GridOutage(TimeProvider time, ILogger<GridOutage> logger)
    {
        _time = time;
        _logger = logger;
        _check = time.CreateTimer(_ => EndIfQuiet(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Counts a failed request; the first of an outage is logged as its start. Genuine bugs are not counted.</summary>
    public void Failed(Exception exception)
    {
        if (!GridUnavailability.IsTransient(exception))
        {
            return;
        }

        lock (_lock)
        {
            var now = _time.GetUtcNow();
            _lastFailure = now;
            _failures++;
            if (_started is null)
            {
                _started = now;
                LogStarted(_logger, exception.GetType().Name, exception.Message.Split('\n')[0]);
                _check.Change(QuietPeriod, QuietPeriod);
            }
        }
    }

    public void Dispose() => _check.Dispose();

    private void EndIfQuiet()
    {
        lock (_lock)
        {
            if (_started is not { } started || _time.GetUtcNow() - _lastFailure < QuietPeriod)
            {
                return;
            }

            LogEnded(_logger, (_lastFailure - started).TotalSeconds, _failures, QuietPeriod.TotalSeconds);
            _started = null;
            _failures = 0;
            _check.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Grid unavailable: {Exception}: {Reason}; requests answer 503 with Retry-After until it is back")]
    private static partial void LogStarted(ILogger logger, string exception, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Grid available again after {Seconds:0.0} s: {Failures} requests failed in the outage (none for {Quiet} s since)")]
    private static partial void LogEnded(ILogger logger, double seconds, long failures, double quiet);
}
