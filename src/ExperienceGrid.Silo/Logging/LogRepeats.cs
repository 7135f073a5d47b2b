using System.Collections.Concurrent;

namespace ExperienceGrid.Silo.Logging;

/// <summary>
/// Keeps an outage from flooding the log: the first warning or error of a <see cref="LogKind"/> is written in full,
/// the ones after it are only counted, and every <see cref="Interval"/> each kind that repeated is written once more as
/// a count. A kind that did not repeat for a whole interval is written in full again the next time.
/// </summary>
public sealed partial class LogRepeats : IDisposable
{
    /// <summary>How often the counts are written: 10 s.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<LogKind, Repeats> _kinds = new();
    private readonly ITimer _timer;

    public LogRepeats(TimeProvider time) => _timer = time.CreateTimer(_ => Flush(), null, Interval, Interval);

    /// <summary>True when the entry is to be written now; false when it was counted for the next count line.</summary>
    public bool ShouldWrite(LogKind kind, ILogger writer)
    {
        var repeats = _kinds.GetOrAdd(kind, _ => new Repeats(writer));
        lock (repeats)
        {
            if (!repeats.Written)
            {
                repeats.Written = true;
                return true;
            }

            repeats.Count++;
            return false;
        }
    }

    /// <summary>Writes one count line per kind that repeated since the last flush.</summary>
    public void Flush()
    {
        foreach (var (kind, repeats) in _kinds)
        {
            int count;
            lock (repeats)
            {
                count = repeats.Count;
                repeats.Count = 0;
                repeats.Written = count > 0;
            }

            if (count > 0)
            {
                LogRepeated(repeats.Writer, kind.Level, count, Interval.TotalSeconds, kind.Template, kind.ExceptionType ?? "no exception");
            }
        }
    }

    public void Dispose() => _timer.Dispose();

    [LoggerMessage(Message = "… and {Count} more within {Seconds} s: \"{Template}\" ({Exception})")]
    private static partial void LogRepeated(ILogger logger, LogLevel level, int count, double seconds, string template, string exception);

    /// <summary>MUST be locked while read or changed: writers of the kind count on many threads.</summary>
    private sealed class Repeats(ILogger writer)
    {
        public ILogger Writer { get; } = writer;

        public bool Written { get; set; }

        public int Count { get; set; }
    }
}
