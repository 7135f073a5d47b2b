using ExperienceGrid.Runtime.Activation;
using ExperienceGrid.Runtime.Diagnostics;
using ExperienceGrid.Runtime.Scheduling;

namespace ExperienceGrid.Runtime.Partitions;

/// <summary>
/// Hosts the activations of one owned partition and consumes its journal. One consumer loop per partition does
/// reads, commits, idle sweeps and the final commit, so those never race each other.
/// </summary>
internal sealed partial class PartitionHost
{
    private readonly CancellationTokenSource _stopping = new();
    private Task _loop = Task.CompletedTask;
    private long _committed;
    private long _applied;
    private DateTimeOffset _lastSweep;
    private bool _fenced;

    public PartitionHost(int partition, GrainRuntime runtime, long epoch = 0, bool readOnly = false)
    {
        Partition = partition;
        Runtime = runtime;
        Epoch = epoch;
        IsReadOnly = readOnly;
    }

    public int Partition { get; }

    /// <summary>The ownership epoch every commit of this host is fenced with (0 = unfenced).</summary>
    public long Epoch { get; }

    /// <summary>
    /// A transient host for a partition another silo owns: activations load the committed snapshot and answer
    /// calls; nothing is ever committed from it. Never started; disposed by <see cref="DisposeReadOnlyAsync"/>.
    /// </summary>
    public bool IsReadOnly { get; }

    /// <summary>True once a commit was refused because another silo acquired the partition since.</summary>
    public bool IsFenced => Volatile.Read(ref _fenced);

    public GrainRuntime Runtime { get; }

    public ActivationDirectory Directory { get; } = new();

    /// <summary>The last offset whose effects are durably committed.</summary>
    public long CommittedOffset => Volatile.Read(ref _committed);

    public async Task StartAsync(CancellationToken ct)
    {
        _committed = _applied = await Runtime.Store.GetCommittedOffsetAsync(Partition, ct).ConfigureAwait(false);
        _lastSweep = Runtime.TimeProvider.GetUtcNow();
        _loop = Task.Run(() => RunAsync(_stopping.Token), CancellationToken.None);
    }

    /// <summary>
    /// Queues <paramref name="body"/> as a turn on the activation of <paramref name="id"/>, activating it if needed.
    /// The enqueue happens synchronously, so one caller's calls run in call order.
    /// </summary>
    public Task<T> InvokeAsync<T>(GrainId id, Func<Grain, Task<T>> body, TurnKind kind)
    {
        if (!Runtime.Grains.TryGetByName(id.Type, out var registration))
        {
            throw new InvalidOperationException($"No grain type named '{id.Type}' is registered (grain {id}).");
        }

        var completion = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);

        // A closed activation is already unlisted, so the retry reaches a fresh one.
        while (!Directory.GetOrCreate(id, (grain, previous) => new ActivationData(grain, registration, this, previous))
                   .TryEnqueue(body, kind, completion))
        {
        }

        return completion.Task;
    }

    /// <summary>Wakes the consumer so it commits dirty state or buffered outputs soon.</summary>
    public void RequestCommit() => Runtime.Signals.Wake(Partition);

    /// <summary>Ends the activations of a read-only host; their state is discarded.</summary>
    public async Task DisposeReadOnlyAsync()
    {
        var all = Directory.CloseAll();
        await Task.WhenAll(all.Select(a => a.DeactivateLastAsync())).ConfigureAwait(false);
    }

    /// <summary>Graceful stop: finish the current page and its commit, deactivate everything, commit the rest.</summary>
    public async Task StopAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        if (IsFenced)
        {
            await DisposeReadOnlyAsync().ConfigureAwait(false);
            return;
        }

        var all = Directory.CloseAll();
        var captures = await Task.WhenAll(all.Select(a => a.DeactivateLastAsync())).ConfigureAwait(false);
        _uncommitted.AddRange(captures.OfType<ActivationCapture>());
        _deactivating.AddRange(all);
        try
        {
            await CommitAsync().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // Safe by construction: the journal replays from the last committed offset on restart.
            GridLog.FinalCommitFailed(Runtime.Logger, ex, Partition);
        }
    }
}
