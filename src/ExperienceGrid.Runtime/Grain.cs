using ExperienceGrid.Runtime.Activation;

namespace ExperienceGrid.Runtime;

/// <summary>
/// Base class of grains. Every method call, journal message, timer tick and reminder tick runs as a turn:
/// turns of one activation never overlap and run in arrival order.
/// </summary>
public abstract class Grain
{
    private ActivationData? _activation;

    /// <summary>The string key of this grain.</summary>
    protected string GrainKey => Activation.Id.Key;

    /// <summary>Factory for references to other grains.</summary>
    protected IGrainFactory GrainFactory => Activation.Runtime.GrainFactory;

    /// <summary>The clock of the grid; use it instead of DateTime.</summary>
    protected TimeProvider TimeProvider => Activation.Runtime.TimeProvider;

    internal ActivationData Activation =>
        _activation ?? throw new InvalidOperationException("This grain was not activated by the grid runtime.");

    /// <summary>Called once, after the state is loaded and before the first turn.</summary>
    public virtual Task OnActivateAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>Called once when the activation is deactivated; state changes made here are committed.</summary>
    public virtual Task OnDeactivateAsync(CancellationToken ct) => Task.CompletedTask;

    /// <summary>
    /// Registers an in-memory timer whose callback runs as a turn. Ticks never overlap: the next due time is
    /// counted from the end of the callback. The timer dies with the activation.
    /// </summary>
    protected IDisposable RegisterTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period) =>
        Activation.RegisterTimer(callback, dueTime, period);

    /// <summary>
    /// Registers or reschedules a durable reminder (first tick after <paramref name="dueTime"/>); committed with the
    /// partition's next commit. A period of Zero or InfiniteTimeSpan makes it one-shot.
    /// </summary>
    protected void RegisterOrUpdateReminder(string name, TimeSpan dueTime, TimeSpan period) =>
        Activation.SetReminder(name, TimeProvider.GetUtcNow() + dueTime, period);

    /// <summary>Removes a durable reminder with the partition's next commit.</summary>
    protected void UnregisterReminder(string name) => Activation.SetReminder(name, null, TimeSpan.Zero);

    /// <summary>
    /// Queues a durable message (outbox) that is appended to the target's journal with the commit of this
    /// activation's state, and delivered through the target's journal route exactly once.
    /// <paramref name="messageId"/> must be deterministic: derived from this grain's state and the message being
    /// handled (e.g. "{sourceMessageId}/venue"), so a replay after a failed commit produces the same id.
    /// </summary>
    protected void SendDurable<TGrain, TMessage>(string key, TMessage message, string messageId)
        where TGrain : IGrainWithStringKey =>
        Activation.AddOutbox(Activation.Runtime.JournalWriter.Envelope<TGrain, TMessage>(key, message, messageId));

    /// <summary>Publishes to in-process subscribers after the commit that covers this turn.</summary>
    protected void Publish<TNotification>(TNotification notification) where TNotification : notnull =>
        Activation.AddNotification(notification);

    internal void Attach(ActivationData activation) => _activation = activation;

    internal virtual void LoadState(byte[]? snapshot)
    {
    }

    /// <summary>Returns null for stateless grains (nothing to save).</summary>
    internal virtual byte[]? SerializeState() => null;
}
