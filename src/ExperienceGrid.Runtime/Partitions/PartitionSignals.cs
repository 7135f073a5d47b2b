using System.Threading.Channels;

namespace ExperienceGrid.Runtime.Partitions;

/// <summary>
/// In-process wake-up signals and last appended offsets per partition. Stores call <see cref="Appended"/> after
/// a commit that appended entries; consumers wait on their partition's signal (a set-once-until-consumed flag,
/// so a signal raised between a read and the next wait is never missed).
/// </summary>
public sealed class PartitionSignals
{
    private readonly Channel<bool>[] _signals;
    private readonly long[] _heads;

    /// <summary>Creates signals for every partition of the grid.</summary>
    public PartitionSignals(GridPartitioner partitioner)
    {
        _heads = new long[partitioner.PartitionCount];
        _signals = new Channel<bool>[partitioner.PartitionCount];
        for (var i = 0; i < _signals.Length; i++)
        {
            _signals[i] = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
        }
    }

    /// <summary>Records that a partition's journal now ends at <paramref name="lastOffset"/> and wakes its consumer.</summary>
    public void Appended(int partition, long lastOffset)
    {
        InterlockedMax(ref _heads[partition], lastOffset);
        Wake(partition);
    }

    /// <summary>Wakes a partition's consumer (new entries, or dirty activations to commit).</summary>
    public void Wake(int partition) => _signals[partition].Writer.TryWrite(true);

    /// <summary>The last appended offset known to this process.</summary>
    public long Head(int partition) => Volatile.Read(ref _heads[partition]);

    internal async Task WaitAsync(int partition, TimeSpan timeout, TimeProvider timeProvider, CancellationToken ct)
    {
        var reader = _signals[partition].Reader;
        if (reader.TryRead(out _))
        {
            return;
        }

        using var timeoutSource = new CancellationTokenSource(timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeoutSource.Token);
        try
        {
            await reader.WaitToReadAsync(linked.Token).ConfigureAwait(false);
            reader.TryRead(out _);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // Fallback poll elapsed.
        }
    }

    private static void InterlockedMax(ref long target, long value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
