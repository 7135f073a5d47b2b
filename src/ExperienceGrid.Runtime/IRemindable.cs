namespace ExperienceGrid.Runtime;

/// <summary>Implemented by grains that register durable reminders.</summary>
public interface IRemindable
{
    /// <summary>Runs as a turn (marks the state dirty) once per reminder tick.</summary>
    Task ReceiveReminder(string reminderName, TickStatus status);
}
