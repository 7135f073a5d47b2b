namespace ExperienceGrid.Runtime.Scheduling;

/// <summary>
/// The mailbox of one activation: a FIFO drained by at most one worker at a time. Idle queues own no thread or
/// task; the first enqueue schedules a drain on the thread pool. Work items are awaited one after the other, so a
/// turn completes (including its awaits) before the next starts: non-reentrant, in arrival order.
/// Once closed, enqueues fail so callers re-route to a fresh activation.
/// </summary>
internal sealed class TurnQueue
{
    private readonly Queue<Func<Task>> _items = new();
    private readonly Lock _lock = new();
    private bool _running;
    private bool _closed;

    /// <summary>Queues a work item; false when the queue is closed. Work items must not throw.</summary>
    public bool TryEnqueue(Func<Task> item) => Enqueue(item, close: false);

    /// <summary>Queues a last work item and closes the queue; false when already closed.</summary>
    public bool TryEnqueueLast(Func<Task> item) => Enqueue(item, close: true);

    /// <summary>
    /// Closes the queue if it is empty, nothing runs and <paramref name="canClose"/> agrees (evaluated under
    /// the lock, so no turn runs concurrently with it).
    /// </summary>
    public bool TryClose(Func<bool> canClose)
    {
        lock (_lock)
        {
            if (_closed || _running || _items.Count > 0 || !canClose())
            {
                return false;
            }

            _closed = true;
            return true;
        }
    }

    private bool Enqueue(Func<Task> item, bool close)
    {
        bool start;
        lock (_lock)
        {
            if (_closed)
            {
                return false;
            }

            _items.Enqueue(item);
            _closed = close;
            start = !_running;
            _running = true;
        }

        if (start)
        {
            ThreadPool.UnsafeQueueUserWorkItem(static queue => _ = queue.DrainAsync(), this, preferLocal: false);
        }

        return true;
    }

    private async Task DrainAsync()
    {
        while (true)
        {
            Func<Task>? item;
            lock (_lock)
            {
                if (!_items.TryDequeue(out item))
                {
                    _running = false;
                    return;
                }
            }

            try
            {
                await item().ConfigureAwait(false);
            }
            catch (Exception)
            {
                // Work items report their own outcome; the mailbox must keep draining.
            }
        }
    }
}
