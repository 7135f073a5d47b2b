using ExperienceGrid.Runtime.Diagnostics;
using ExperienceGrid.Runtime.Partitions;
using ExperienceGrid.Runtime.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace ExperienceGrid.Runtime.Activation;

/// <summary>
/// One activation of a grain in a partition host. Its first queued turn activates the grain (after the previous
/// activation of the key finished deactivating), so calls queued behind it always see loaded state.
/// Fields other than the output buffers are touched only inside turns, or while the queue is closed and empty.
/// </summary>
internal sealed partial class ActivationData
{
    private readonly TurnQueue _queue = new();
    private readonly PartitionHost _host;
    private readonly GrainRegistration _registration;
    private readonly CancellationTokenSource _lifetime = new();
    private Grain? _grain;
    private Exception? _activationError;
    private bool _dirty;

    public ActivationData(GrainId id, GrainRegistration registration, PartitionHost host, Task? previousDeactivation)
    {
        Id = id;
        _registration = registration;
        _host = host;
        LastUsed = host.Runtime.TimeProvider.GetUtcNow();
        _queue.TryEnqueue(() => ActivateAsync(previousDeactivation));
    }

    public GrainId Id { get; }

    public GrainRuntime Runtime => _host.Runtime;

    /// <summary>End of the last non-timer turn; idle age counts from here.</summary>
    public DateTimeOffset LastUsed { get; private set; }

    /// <summary>Completed when deactivation (including the commit of its final state) is done.</summary>
    public TaskCompletionSource Deactivated { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool NeedsCommit => _dirty || HasOutputs;

    public void MarkDirty() => _dirty = true;

    /// <summary>Queues a turn; false if this activation is closing (the caller re-routes).</summary>
    public bool TryEnqueue<T>(Func<Grain, Task<T>> body, TurnKind kind, TaskCompletionSource<T> completion) =>
        _queue.TryEnqueue(async () =>
        {
            try
            {
                completion.TrySetResult(await RunTurnAsync(body, kind).ConfigureAwait(false));
            }
            catch (Exception ex)
            {
                completion.TrySetException(ex);
            }
        });

    /// <summary>Takes the state and outputs in a turn of their own; null if the activation is closed.</summary>
    public Task<ActivationCapture?> CaptureAsync()
    {
        var completion = new TaskCompletionSource<ActivationCapture?>(TaskCreationOptions.RunContinuationsAsynchronously);
        Func<Task> work = () =>
        {
            try
            {
                completion.TrySetResult(Capture());
            }
            catch (Exception ex)
            {
                completion.TrySetException(ex);
            }

            return Task.CompletedTask;
        };
        if (!_queue.TryEnqueue(work))
        {
            completion.TrySetResult(null);
        }

        return completion.Task;
    }

    /// <summary>Closes the queue if the activation is clean and idle since <paramref name="cutoff"/>.</summary>
    public bool TryCloseIfIdle(DateTimeOffset cutoff) => _queue.TryClose(() => !NeedsCommit && LastUsed <= cutoff);

    /// <summary>Queues deactivation as the last turn (shutdown); its capture holds state changed on the way out.</summary>
    public Task<ActivationCapture?> DeactivateLastAsync()
    {
        var completion = new TaskCompletionSource<ActivationCapture?>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_queue.TryEnqueueLast(async () => completion.TrySetResult(await DeactivateAsync().ConfigureAwait(false))))
        {
            completion.TrySetResult(null);
        }

        return completion.Task;
    }

    /// <summary>MUST run with the queue closed and drained, or as its last turn. Never throws.</summary>
    public async Task<ActivationCapture?> DeactivateAsync()
    {
        DisposeTimers();
        ActivationCapture? capture = null;
        if (_grain is not null)
        {
            try
            {
                await _grain.OnDeactivateAsync(_lifetime.Token).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                GridLog.DeactivationFailed(Runtime.Logger, ex, Id);
            }

            Runtime.Metrics.ActivationStopped();
            try
            {
                capture = NeedsCommit ? Capture() : null;
            }
            catch (Exception ex)
            {
                GridLog.CaptureFailed(Runtime.Logger, ex, Id);
            }
        }

        await _lifetime.CancelAsync().ConfigureAwait(false);
        return capture;
    }

    private async Task ActivateAsync(Task? previousDeactivation)
    {
        try
        {
            if (previousDeactivation is not null)
            {
                await previousDeactivation.ConfigureAwait(false);
            }

            var grain = (Grain)ActivatorUtilities.CreateInstance(Runtime.Services, _registration.GrainClass);
            grain.Attach(this);
            grain.LoadState(await Runtime.Store.LoadSnapshotAsync(Id, _lifetime.Token).ConfigureAwait(false));
            await grain.OnActivateAsync(_lifetime.Token).ConfigureAwait(false);
            _grain = grain;
            Runtime.Metrics.ActivationStarted();
            if (NeedsCommit)
            {
                _host.RequestCommit();
            }
        }
        catch (Exception ex)
        {
            // Queued turns fail with this error; new calls get a fresh activation.
            _activationError = ex;
            GridLog.ActivationFailed(Runtime.Logger, ex, Id);
            DisposeTimers();
            _host.Directory.Remove(this);
            Deactivated.TrySetResult();
        }
    }

    private async Task<T> RunTurnAsync<T>(Func<Grain, Task<T>> body, TurnKind kind)
    {
        var grain = _grain ?? throw new InvalidOperationException($"Activation of grain {Id} failed.", _activationError);
        var started = Runtime.TimeProvider.GetTimestamp();
        try
        {
            return await body(grain).ConfigureAwait(false);
        }
        finally
        {
            if (kind is TurnKind.Journal or TurnKind.Reminder)
            {
                _dirty = true;
            }

            if (kind != TurnKind.Timer)
            {
                LastUsed = Runtime.TimeProvider.GetUtcNow();
            }

            Runtime.Metrics.TurnCompleted(Runtime.TimeProvider.GetElapsedTime(started));
            if (kind is TurnKind.Call or TurnKind.Timer && NeedsCommit)
            {
                _host.RequestCommit();
            }
        }
    }

    private ActivationCapture Capture()
    {
        var state = _dirty ? _grain?.SerializeState() : null;
        _dirty = false;
        var (outbox, reminders, notifications) = TakeOutputs();
        return new ActivationCapture(Id, state, outbox, reminders, notifications);
    }
}
