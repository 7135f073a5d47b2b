namespace ExperienceGrid.Runtime;

/// <summary>Describes one reminder tick: its schedule and the due time of this tick.</summary>
public readonly record struct TickStatus(DateTimeOffset FirstTickTime, TimeSpan Period, DateTimeOffset CurrentTickTime)
{
    /// <summary>When the tick actually fired (at or after <see cref="CurrentTickTime"/>); the same on replay.</summary>
    public DateTimeOffset FiredAt { get; init; }
}
