using ExperienceGrid.Runtime.Storage;
using ExperienceGrid.Runtime.Timers;

namespace ExperienceGrid.Runtime.Activation;

/// <summary>Buffered turn outputs (outbox, reminder changes, notifications) and timers of an activation.</summary>
internal sealed partial class ActivationData
{
    // Guards the buffers and timers: grain code may touch them outside a turn (e.g. from a timer's thread).
    private readonly Lock _outputsLock = new();
    private List<JournalEnvelope>? _outbox;
    private Dictionary<string, ReminderChange>? _reminders;
    private List<object>? _notifications;
    private List<GrainTimer>? _timers;

    private bool HasOutputs
    {
        get
        {
            lock (_outputsLock)
            {
                return _outbox is not null || _reminders is not null || _notifications is not null;
            }
        }
    }

    public void AddOutbox(JournalEnvelope envelope)
    {
        lock (_outputsLock)
        {
            (_outbox ??= []).Add(envelope);
        }
    }

    public void AddNotification(object notification)
    {
        lock (_outputsLock)
        {
            (_notifications ??= []).Add(notification);
        }
    }

    /// <summary>Last change per reminder name wins; a null first tick deletes the reminder.</summary>
    public void SetReminder(string name, DateTimeOffset? firstTick, TimeSpan period)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var oneShot = period == TimeSpan.Zero || period == Timeout.InfiniteTimeSpan;
        if (!oneShot && period < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "A reminder period must be positive, Zero or InfiniteTimeSpan.");
        }

        lock (_outputsLock)
        {
            (_reminders ??= new(StringComparer.Ordinal))[name] = new ReminderChange(Id, name, firstTick, oneShot ? TimeSpan.Zero : period);
        }
    }

    public IDisposable RegisterTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new GrainTimer(this, callback, period, _lifetime.Token);
        lock (_outputsLock)
        {
            (_timers ??= []).Add(timer);
        }

        timer.Start(dueTime);
        return timer;
    }

    public void RemoveTimer(GrainTimer timer)
    {
        lock (_outputsLock)
        {
            _timers?.Remove(timer);
        }
    }

    /// <summary>Queues a timer tick as a turn; false if the activation is closing.</summary>
    public bool TryEnqueueTimerTick(GrainTimer timer) =>
        _queue.TryEnqueue(async () =>
        {
            try
            {
                await RunTurnAsync(async grain => { await timer.InvokeAsync().ConfigureAwait(false); return true; }, Scheduling.TurnKind.Timer).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                Diagnostics.GridLog.TimerFailed(Runtime.Logger, ex, Id);
            }
            finally
            {
                timer.ScheduleNext();
            }
        });

    private (JournalEnvelope[] Outbox, ReminderChange[] Reminders, object[] Notifications) TakeOutputs()
    {
        lock (_outputsLock)
        {
            var taken = (_outbox?.ToArray() ?? [], _reminders?.Values.ToArray() ?? [], _notifications?.ToArray() ?? []);
            (_outbox, _reminders, _notifications) = (null, null, null);
            return taken;
        }
    }

    private void DisposeTimers()
    {
        GrainTimer[] timers;
        lock (_outputsLock)
        {
            timers = _timers?.ToArray() ?? [];
            _timers = null;
        }

        foreach (var timer in timers)
        {
            timer.Dispose();
        }
    }
}
