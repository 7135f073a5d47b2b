namespace ExperienceGrid.LoadGenerator.Http;

/// <summary>
/// Round-robin over the silos. A silo that refused a connection is skipped for a short
/// back-off, so sends spread over the remaining targets while it is down; when every target
/// is down the least recently failed one is tried anyway. Thread-safe.
/// </summary>
public sealed class TargetPool(IReadOnlyList<Uri> targets, TimeProvider time)
{
    private static readonly TimeSpan _backoff = TimeSpan.FromSeconds(1);
    private readonly long[] _downUntil = new long[targets.Count];
    private long _next = -1;

    public IReadOnlyList<Uri> Targets => targets;

    public Uri Next()
    {
        var now = time.GetTimestamp();
        var start = Interlocked.Increment(ref _next);
        for (var i = 0; i < targets.Count; i++)
        {
            var index = (int)((start + i) % targets.Count);
            if (Volatile.Read(ref _downUntil[index]) <= now)
            {
                return targets[index];
            }
        }

        var soonest = 0;
        for (var i = 1; i < targets.Count; i++)
        {
            if (Volatile.Read(ref _downUntil[i]) < Volatile.Read(ref _downUntil[soonest]))
            {
                soonest = i;
            }
        }

        return targets[soonest];
    }

    public void MarkDown(Uri target)
    {
        for (var i = 0; i < targets.Count; i++)
        {
            if (targets[i] == target)
            {
                Volatile.Write(ref _downUntil[i], time.GetTimestamp() + (long)(_backoff.TotalSeconds * time.TimestampFrequency));
            }
        }
    }
}
