using ExperienceGrid.LoadGenerator.Recording;

namespace ExperienceGrid.LoadGenerator.Driver;

/// <summary>
/// Push latency = alert received − when the batch holding the alert's trigger event was sent (the attempt that got
/// the 202): the whole path from the client through ingestion, the grains and the hub. The grid pushes an alert
/// before it answers 202, so an alert usually arrives first; it is parked until the 202 says the event was accepted.
/// Alerts triggered by other runs' events are counted as foreign and ignored. Thread-safe.
/// </summary>
public sealed class PushCorrelator(string eventPrefix, LatencyRecorder latency, TimeProvider time, Func<long, double> secondsOf)
{
    // One lock for both maps: an alert and its 202 race, and neither may slip between the other's two steps.
    private readonly Lock _gate = new();
    private readonly Dictionary<string, long> _sentAt = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<long>> _early = new(StringComparer.Ordinal);
    private long _foreign;
    private long _received;

    public long Received => Interlocked.Read(ref _received);

    public long Foreign => Interlocked.Read(ref _foreign);

    /// <summary>Trigger events with alerts received whose 202 has not come (so far).</summary>
    public long Unmatched
    {
        get
        {
            lock (_gate)
            {
                return _early.Count;
            }
        }
    }

    /// <param name="sentAt">When the accepted request was sent.</param>
    public void Accepted(IEnumerable<string> eventIds, long sentAt)
    {
        lock (_gate)
        {
            foreach (var id in eventIds)
            {
                if (_sentAt.TryAdd(id, sentAt) && _early.Remove(id, out var receipts))
                {
                    receipts.ForEach(receivedAt => Record(receivedAt, sentAt));
                }
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
        lock (_gate)
        {
            if (_sentAt.TryGetValue(triggerEventId, out var sentAt))
            {
                Record(timestamp, sentAt);
            }
            else if (_early.TryGetValue(triggerEventId, out var receipts))
            {
                receipts.Add(timestamp);
            }
            else
            {
                _early[triggerEventId] = [timestamp];
            }
        }
    }

    private void Record(long receivedAt, long sentAt) =>
        latency.Record(secondsOf(receivedAt), time.GetElapsedTime(sentAt, receivedAt));
}
