using ExperienceGrid.Runtime.Diagnostics;
using Microsoft.Extensions.Logging;

namespace ExperienceGrid.Runtime.Notifications;

/// <summary>In-process notification delivery; partition consumers publish after their commits.</summary>
internal sealed class NotificationBus(ILogger<NotificationBus> logger) : INotificationBus
{
    private readonly Lock _lock = new();
    private Subscription[] _subscriptions = [];
    private volatile Action<object>? _forwarder;

    public IDisposable Subscribe<T>(Func<T, CancellationToken, ValueTask> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var subscription = new Subscription(this, typeof(T), (notification, ct) => handler((T)notification, ct));
        lock (_lock)
        {
            _subscriptions = [.. _subscriptions, subscription];
        }

        return subscription;
    }

    /// <summary>Cluster mode: every notification published here also goes to the backplane (after local delivery).</summary>
    public void SetForwarder(Action<object> forwarder) => _forwarder = forwarder;

    /// <summary>Delivers locally, then forwards to the other silos when a backplane is set.</summary>
    public async ValueTask PublishAsync(object notification, CancellationToken ct)
    {
        await DeliverAsync(notification, ct).ConfigureAwait(false);
        _forwarder?.Invoke(notification);
    }

    /// <summary>Runs matching handlers one after the other; a throwing handler is logged and never propagates.</summary>
    public async ValueTask DeliverAsync(object notification, CancellationToken ct)
    {
        foreach (var subscription in Volatile.Read(ref _subscriptions))
        {
            if (!subscription.Type.IsInstanceOfType(notification))
            {
                continue;
            }

            try
            {
                await subscription.Handler(notification, ct).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                GridLog.NotificationHandlerFailed(logger, ex, notification.GetType().Name);
            }
        }
    }

    private void Unsubscribe(Subscription subscription)
    {
        lock (_lock)
        {
            _subscriptions = [.. _subscriptions.Where(s => s != subscription)];
        }
    }

    private sealed class Subscription(NotificationBus bus, Type type, Func<object, CancellationToken, ValueTask> handler) : IDisposable
    {
        public Type Type { get; } = type;

        public Func<object, CancellationToken, ValueTask> Handler { get; } = handler;

        public void Dispose() => bus.Unsubscribe(this);
    }
}
