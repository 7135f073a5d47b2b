namespace ExperienceGrid.Runtime.Activation;

/// <summary>
/// The activations of one partition: at most one per grain. A key being deactivated stays known until its final
/// state is committed, and its next activation waits for that before loading the snapshot.
/// Lock order: directory lock, then an activation's queue lock.
/// </summary>
internal sealed class ActivationDirectory
{
    private readonly Dictionary<GrainId, ActivationData> _active = [];
    private readonly Dictionary<GrainId, ActivationData> _deactivating = [];
    private readonly Lock _lock = new();
    private bool _closed;

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _active.Count;
            }
        }
    }

    public ActivationData GetOrCreate(GrainId id, Func<GrainId, Task?, ActivationData> create)
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            if (!_active.TryGetValue(id, out var activation))
            {
                var previous = _deactivating.TryGetValue(id, out var old) ? old.Deactivated.Task : null;
                activation = create(id, previous);
                _active.Add(id, activation);
            }

            return activation;
        }
    }

    public ActivationData[] Snapshot()
    {
        lock (_lock)
        {
            return [.. _active.Values];
        }
    }

    public void Remove(ActivationData activation)
    {
        lock (_lock)
        {
            if (_active.TryGetValue(activation.Id, out var current) && current == activation)
            {
                _active.Remove(activation.Id);
            }
        }
    }

    /// <summary>Closes and unlists clean activations idle since <paramref name="cutoff"/>; call <see cref="Deactivated"/> after.</summary>
    public List<ActivationData> CloseIdle(DateTimeOffset cutoff)
    {
        var closed = new List<ActivationData>();
        lock (_lock)
        {
            foreach (var activation in _active.Values)
            {
                if (activation.TryCloseIfIdle(cutoff))
                {
                    closed.Add(activation);
                }
            }

            foreach (var activation in closed)
            {
                _active.Remove(activation.Id);
                _deactivating[activation.Id] = activation;
            }
        }

        return closed;
    }

    /// <summary>Marks a deactivation complete (state committed): a waiting new activation may load.</summary>
    public void Deactivated(ActivationData activation)
    {
        lock (_lock)
        {
            if (_deactivating.TryGetValue(activation.Id, out var current) && current == activation)
            {
                _deactivating.Remove(activation.Id);
            }
        }

        activation.Deactivated.TrySetResult();
    }

    /// <summary>Refuses new activations and returns the current ones (shutdown).</summary>
    public ActivationData[] CloseAll()
    {
        lock (_lock)
        {
            _closed = true;
            ActivationData[] all = [.. _active.Values];
            _active.Clear();
            return all;
        }
    }
}
