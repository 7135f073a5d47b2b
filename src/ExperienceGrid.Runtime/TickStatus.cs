namespace ExperienceGrid.Runtime;

/// <summary>Describes one reminder tick: its schedule and the due time of this tick.</summary>
public readonly record struct TickStatus(DateTimeOffset FirstTickTime, TimeSpan Period, DateTimeOffset CurrentTickTime);
