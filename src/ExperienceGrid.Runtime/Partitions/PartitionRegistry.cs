namespace ExperienceGrid.Runtime.Partitions;

/// <summary>
/// The partition hosts of this silo. Calls made before start-up wait for it. When a read-only fallback is set
/// (cluster mode), calls to a partition this silo does not own get a transient read-only host instead of failing.
/// </summary>
internal sealed class PartitionRegistry
{
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile IReadOnlyDictionary<int, PartitionHost> _hosts = new Dictionary<int, PartitionHost>();
    private volatile Func<int, PartitionHost>? _readOnlyFallback;

    public IEnumerable<PartitionHost> Hosts => _hosts.Values;

    /// <summary>Creates read-only hosts for partitions owned elsewhere (cluster mode).</summary>
    public void SetReadOnlyFallback(Func<int, PartitionHost> factory) => _readOnlyFallback = factory;

    public void Publish(IReadOnlyDictionary<int, PartitionHost> hosts)
    {
        _hosts = hosts;
        _started.TrySetResult();
    }

    public void Clear() => _hosts = new Dictionary<int, PartitionHost>();

    public ValueTask<PartitionHost> GetHostAsync(int partition, CancellationToken ct) =>
        _started.Task.IsCompleted ? ValueTask.FromResult(Get(partition)) : WaitAsync(partition, ct);

    private async ValueTask<PartitionHost> WaitAsync(int partition, CancellationToken ct)
    {
        await _started.Task.WaitAsync(ct).ConfigureAwait(false);
        return Get(partition);
    }

    private PartitionHost Get(int partition) =>
        _hosts.TryGetValue(partition, out var host)
            ? host
            : _readOnlyFallback?.Invoke(partition)
              ?? throw new InvalidOperationException($"Partition {partition} is not owned by this silo (or the grid is stopped).");
}
