namespace ExperienceGrid.Silo.Grains;

/// <summary>
/// A grain's state writes for interleaved callers: one write at a time (each carries the ETag the one before
/// returned), and every change made while a write is in flight goes into the next one, which its callers share. A
/// change is applied to the state only just before the write that stores it starts, never while one is in flight.
/// </summary>
/// <param name="write">Stores the state (runs on the grain's scheduler; may also delete an emptied state).</param>
public sealed class GroupCommit(Func<Task> write)
{
    private readonly List<Action> _changes = [];
    private Task _current = Task.CompletedTask;
    private Task? _next;

    /// <summary>False from a failed write until one succeeds: the state may hold changes storage does not.</summary>
    public bool Stored { get; private set; } = true;

    /// <summary>The write in flight, or the last one: what a caller awaits for a change it finds already made.</summary>
    public Task Current => _current;

    /// <summary>Makes <paramref name="change"/> with the next write and returns that write (shared by every change made before it starts).</summary>
    public Task Commit(Action change)
    {
        _changes.Add(change);
        return _next ??= WriteNextAsync();
    }

    private async Task WriteNextAsync()
    {
        // Never synchronously, so the caller has stored this task as _next before the changes are taken below.
        await Task.Yield();
        await _current.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
        foreach (var change in _changes)
        {
            change();
        }

        _changes.Clear();
        _next = null;
        _current = WriteAsync();
        await _current;
    }

    private async Task WriteAsync()
    {
        try
        {
            await write();
            Stored = true;
        }
        catch
        {
            Stored = false;
            throw;
        }
    }
}
