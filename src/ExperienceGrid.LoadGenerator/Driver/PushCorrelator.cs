using System.Collections.Concurrent;
using ExperienceGrid.LoadGenerator.Recording;

namespace ExperienceGrid.LoadGenerator.Driver;

/// <summary>
/// Push latency = alert received − the 202 of the batch holding the alert's trigger event.
/// An alert can overtake its batch's 202 on the wire; it is parked and counted as 0 ms once the
/// 202 arrives. Alerts triggered by other runs' events are counted as foreign and ignored. Thread-safe.
/// </summary>
public sealed class PushCorrelator(string eventPrefix, LatencyRecorder latency, TimeProvider time, Func<long, double> secondsOf)
{
    private readonly ConcurrentDictionary<string, long> _acceptedAt = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _early = new(StringComparer.Ordinal);
    private long _foreign;
    private long _received;

    public long Received => Interlocked.Read(ref _received);

    public long Foreign => Interlocked.Read(ref _foreign);

    /// <summary>Alerts whose trigger event was never answered 202 (so far).</summary>
    public long Unmatched => _early.Count;

    public void Accepted(IEnumerable<string> eventIds, long timestamp)
    {
        foreach (var id in eventIds)
        {
            if (_acceptedAt.TryAdd(id, timestamp) && _early.TryRemove(id, out var receivedAt))
            {
                Record(receivedAt, timestamp);
            }
        }
    }

    public void AlertReceived(string? triggerEventId, long timestamp)
    {
        if (triggerEventId is null || !triggerEventId.StartsWith(eventPrefix, StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _foreign);
            return;
        }

        Interlocked.Increment(ref _received);
        if (_acceptedAt.TryGetValue(triggerEventId, out var acceptedAt))
        {
            Record(timestamp, acceptedAt);
        }
        else if (!_early.TryAdd(triggerEventId, timestamp))
        {
            Record(timestamp, timestamp); // a second early receipt of the same trigger: it beat the 202 too
        }
    }

    private void Record(long receivedAt, long acceptedAt)
    {
        latency.Record(secondsOf(receivedAt), time.GetElapsedTime(acceptedAt, receivedAt));
    }
}
