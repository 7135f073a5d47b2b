namespace ExperienceGrid.Runtime;

/// <summary>In-process delivery of notifications published by grains.</summary>
public interface INotificationBus
{
    /// <summary>
    /// Subscribes to notifications assignable to <typeparamref name="T"/>. Handlers run after the commit that
    /// covers the publishing turn, in commit order per partition; a throwing handler is logged and skipped.
    /// </summary>
    IDisposable Subscribe<T>(Func<T, CancellationToken, ValueTask> handler);
}
