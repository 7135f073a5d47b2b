namespace ExperienceGrid.Runtime.Storage;

/// <summary>A reminder upsert, or a delete when <paramref name="FirstTick"/> is null.</summary>
public sealed record ReminderChange(GrainId Grain, string Name, DateTimeOffset? FirstTick, TimeSpan Period);
