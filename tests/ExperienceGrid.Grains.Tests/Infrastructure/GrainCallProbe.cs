using System.Collections.Concurrent;

namespace ExperienceGrid.Grains.Tests.Infrastructure;

/// <summary>
/// An incoming call filter, shared by the silos of a test cluster, that counts the calls each grain took by method
/// and can fail the next call of a method to one grain (before it runs: as if that grain's silo were unreachable) or
/// hold it until the test releases it.
/// </summary>
public sealed class GrainCallProbe : IIncomingGrainCallFilter
{
    private readonly ConcurrentDictionary<(string Method, string Key), int> _calls = new();
    private readonly ConcurrentDictionary<(string Method, string Key), bool> _failNext = new();
    private readonly ConcurrentDictionary<(string Method, string Key), Task> _holdNext = new();

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        var call = (context.InterfaceMethod?.Name ?? "", context.TargetId.Key.ToString()!);
        _calls.AddOrUpdate(call, 1, (_, n) => n + 1);
        if (_failNext.TryRemove(call, out _))
        {
            throw new InvalidOperationException($"Test fault: {call.Item1} to {call.Item2} failed");
        }

        if (_holdNext.TryRemove(call, out var release))
        {
            await release;
        }

        await context.Invoke();
    }

    /// <summary>How many calls of <paramref name="method"/> the grain keyed <paramref name="key"/> took (failed ones too).</summary>
    public int Count(string method, string key) => _calls.GetValueOrDefault((method, key));

    /// <summary>The next call of <paramref name="method"/> to the grain keyed <paramref name="key"/> throws instead of running.</summary>
    public void FailNext(string method, string key) => _failNext[(method, key)] = true;

    /// <summary>The next call of <paramref name="method"/> to the grain keyed <paramref name="key"/> runs once <paramref name="release"/> completes.</summary>
    public void HoldNext(string method, string key, Task release) => _holdNext[(method, key)] = release;
}
