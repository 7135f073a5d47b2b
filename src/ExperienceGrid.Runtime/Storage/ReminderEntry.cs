namespace ExperienceGrid.Runtime.Storage;

/// <summary>A durable reminder; <paramref name="Period"/> is Zero for one-shot reminders.</summary>
public sealed record ReminderEntry(GrainId Grain, string Name, DateTimeOffset FirstTick, DateTimeOffset NextDue, TimeSpan Period);
