using System.Collections.Concurrent;

namespace ExperienceGrid.Runtime.Tests.Grains;

public sealed record CountMessage(string Id, int Value);

public sealed record CountApplied(string Key, string MessageId, int Total);

public sealed class CounterState
{
    public int Total { get; set; }

    public List<string> Seen { get; set; } = [];
}

public interface ICounterGrain : IGrainWithStringKey
{
    Task Add(CountMessage message);

    Task<CounterState> GetAsync();

    Task<int> Fail(string message);

    ValueTask<int> TotalAsync();

    ValueTask Touch();
}

/// <summary>Adds journal values, records every applied message id, publishes after each add.</summary>
public sealed class CounterGrain : Grain<CounterState>, ICounterGrain
{
    public static readonly ConcurrentDictionary<string, int> Activations = new();
    public static readonly ConcurrentDictionary<string, int> Deactivations = new();

    public override Task OnActivateAsync(CancellationToken ct)
    {
        Activations.AddOrUpdate(GrainKey, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(CancellationToken ct)
    {
        Deactivations.AddOrUpdate(GrainKey, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }

    public Task Add(CountMessage message)
    {
        State.Total += message.Value;
        State.Seen.Add(message.Id);
        Publish(new CountApplied(GrainKey, message.Id, State.Total));
        return Task.CompletedTask;
    }

    public Task<CounterState> GetAsync() =>
        Task.FromResult(new CounterState { Total = State.Total, Seen = [.. State.Seen] });

    public Task<int> Fail(string message) => throw new InvalidOperationException(message);

    public ValueTask<int> TotalAsync() => ValueTask.FromResult(State.Total);

    public ValueTask Touch() => ValueTask.CompletedTask;
}
