using System.Text.Json;
using ExperienceGrid.Runtime.Journal;

namespace ExperienceGrid.Runtime;

/// <summary>A grain with persistent state, saved as JSON (JsonSerializerDefaults.Web) with partition commits.</summary>
public abstract class Grain<TState> : Grain where TState : class, new()
{
    /// <summary>Loaded from the last committed snapshot before <see cref="Grain.OnActivateAsync"/>.</summary>
    protected TState State { get; set; } = new();

    /// <summary>
    /// Marks the state dirty so the partition commits it. Journal and reminder turns do this automatically;
    /// call it from timer callbacks and direct calls that change state.
    /// </summary>
    protected void StateChanged() => Activation.MarkDirty();

    internal override void LoadState(byte[]? snapshot) =>
        State = snapshot is null ? new TState() : JsonSerializer.Deserialize<TState>(snapshot, GridJson.Options) ?? new TState();

    internal override byte[]? SerializeState() => JsonSerializer.SerializeToUtf8Bytes(State, GridJson.Options);
}
