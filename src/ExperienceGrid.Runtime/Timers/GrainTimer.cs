using ExperienceGrid.Runtime.Activation;

namespace ExperienceGrid.Runtime.Timers;

/// <summary>
/// An in-memory grain timer on the grid's <see cref="TimeProvider"/>. Each tick is queued as a turn; the next tick
/// is scheduled only after that turn ends, so ticks never overlap or pile up. Dies with its activation.
/// </summary>
internal sealed class GrainTimer : IDisposable
{
    private readonly ActivationData _activation;
    private readonly Func<CancellationToken, Task> _callback;
    private readonly TimeSpan _period;
    private readonly CancellationToken _lifetime;
    private ITimer? _timer;
    private volatile bool _disposed;

    public GrainTimer(ActivationData activation, Func<CancellationToken, Task> callback, TimeSpan period, CancellationToken lifetime)
    {
        _activation = activation;
        _callback = callback;
        _period = period;
        _lifetime = lifetime;
    }

    public void Start(TimeSpan dueTime) =>
        _timer = _activation.Runtime.TimeProvider.CreateTimer(static state => ((GrainTimer)state!).OnTick(), this, dueTime, Timeout.InfiniteTimeSpan);

    public Task InvokeAsync() => _disposed ? Task.CompletedTask : _callback(_lifetime);

    public void ScheduleNext()
    {
        if (!_disposed && _period > TimeSpan.Zero)
        {
            _timer?.Change(_period, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose()
    {
        _disposed = true;
        _timer?.Dispose();
        _activation.RemoveTimer(this);
    }

    private void OnTick()
    {
        if (!_disposed)
        {
            _activation.TryEnqueueTimerTick(this);
        }
    }
}
