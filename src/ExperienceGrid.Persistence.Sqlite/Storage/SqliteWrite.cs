namespace ExperienceGrid.Persistence.Sqlite.Storage;

/// <summary>
/// A write queued to the single writer loop. <see cref="Execute"/> runs inside a group transaction; the caller sees
/// the outcome only through <see cref="Complete"/>, after that transaction committed.
/// </summary>
internal abstract class SqliteWrite
{
    /// <summary>Writes inside the open transaction. Throws only for unexpected errors, never for an ETag refusal.</summary>
    public abstract void Execute(SqliteWriteContext context);

    /// <summary>Publishes the result (or the refusal) recorded by the last <see cref="Execute"/>.</summary>
    public abstract void Complete();

    /// <summary>Fails the caller: the write did not commit.</summary>
    public abstract void Fail(Exception exception);
}

/// <summary>A write whose caller awaits a <typeparamref name="T"/>.</summary>
internal abstract class SqliteWrite<T> : SqliteWrite
{
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T _result = default!;
    private Exception? _refusal;

    public Task<T> Completion => _completion.Task;

    public sealed override void Execute(SqliteWriteContext context)
    {
        // A write may run twice (its group failed and it is retried alone): start from a clean outcome.
        _refusal = null;
        _result = ExecuteCore(context);
    }

    public sealed override void Complete()
    {
        if (_refusal is not null)
        {
            _completion.TrySetException(_refusal);
        }
        else
        {
            _completion.TrySetResult(_result);
        }
    }

    public sealed override void Fail(Exception exception) => _completion.TrySetException(exception);

    protected abstract T ExecuteCore(SqliteWriteContext context);

    /// <summary>
    /// Records a refusal (e.g. an ETag mismatch) that changed nothing: the rest of the group still commits and the
    /// caller gets <paramref name="refusal"/> after the commit.
    /// </summary>
    protected T Refuse(Exception refusal)
    {
        _refusal = refusal;
        return default!;
    }
}
