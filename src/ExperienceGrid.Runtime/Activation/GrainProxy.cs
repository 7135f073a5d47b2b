using System.Collections.Concurrent;
using System.Reflection;
using ExperienceGrid.Runtime.Partitions;
using ExperienceGrid.Runtime.Scheduling;

namespace ExperienceGrid.Runtime.Activation;

/// <summary>
/// A grain reference: every interface call is queued as a turn on the grain's activation in the partition host
/// that owns it. Calls do not mark state dirty. Grain exceptions propagate to the caller unwrapped.
/// </summary>
internal class GrainProxy : DispatchProxy
{
    private static readonly ConcurrentDictionary<MethodInfo, Func<GrainProxy, object?[]?, object>> _invokers = new();
    private static readonly MethodInfo _taskOfMethod = typeof(GrainProxy).GetMethod(nameof(TaskOf), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo _valueTaskOfMethod = typeof(GrainProxy).GetMethod(nameof(ValueTaskOf), BindingFlags.NonPublic | BindingFlags.Static)!;

    private GrainId _id;
    private int _partition;
    private PartitionRegistry? _partitions;

    internal void Initialize(GrainId id, int partition, PartitionRegistry partitions)
    {
        _id = id;
        _partition = partition;
        _partitions = partitions;
    }

    /// <inheritdoc />
    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        return _invokers.GetOrAdd(targetMethod, CreateInvoker)(this, args);
    }

    private static Func<GrainProxy, object?[]?, object> CreateInvoker(MethodInfo method)
    {
        var returnType = method.ReturnType;
        if (returnType == typeof(Task))
        {
            return (proxy, args) => proxy.CallAsync(grain => AsUnit((Task)Call(grain, method, args)));
        }

        if (returnType == typeof(ValueTask))
        {
            return (proxy, args) => new ValueTask(proxy.CallAsync(grain => AsUnit(((ValueTask)Call(grain, method, args)).AsTask())));
        }

        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>))
        {
            return (Func<GrainProxy, object?[]?, object>)_taskOfMethod.MakeGenericMethod(returnType.GetGenericArguments()).Invoke(null, [method])!;
        }

        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            return (Func<GrainProxy, object?[]?, object>)_valueTaskOfMethod.MakeGenericMethod(returnType.GetGenericArguments()).Invoke(null, [method])!;
        }

        return (_, _) => throw new NotSupportedException(
            $"Grain method {method.DeclaringType?.Name}.{method.Name} must return Task, Task<T>, ValueTask or ValueTask<T>.");
    }

    private static Func<GrainProxy, object?[]?, object> TaskOf<T>(MethodInfo method) =>
        (proxy, args) => proxy.CallAsync(grain => (Task<T>)Call(grain, method, args));

    private static Func<GrainProxy, object?[]?, object> ValueTaskOf<T>(MethodInfo method) =>
        (proxy, args) => new ValueTask<T>(proxy.CallAsync(grain => ((ValueTask<T>)Call(grain, method, args)).AsTask()));

    private static object Call(Grain grain, MethodInfo method, object?[]? args) =>
        method.Invoke(grain, BindingFlags.DoNotWrapExceptions, binder: null, args, culture: null)
        ?? throw new InvalidOperationException($"Grain method {method.Name} returned null instead of a task.");

    private static async Task<bool> AsUnit(Task task)
    {
        await task.ConfigureAwait(false);
        return true;
    }

    private async Task<T> CallAsync<T>(Func<Grain, Task<T>> body)
    {
        // Completes synchronously once started, so one caller's calls are enqueued in call order.
        var host = await _partitions!.GetHostAsync(_partition, CancellationToken.None).ConfigureAwait(false);
        if (!host.IsReadOnly)
        {
            return await host.InvokeAsync(_id, body, TurnKind.Call).ConfigureAwait(false);
        }

        try
        {
            return await host.InvokeAsync(_id, body, TurnKind.Call).ConfigureAwait(false);
        }
        finally
        {
            await host.DisposeReadOnlyAsync().ConfigureAwait(false);
        }
    }
}
