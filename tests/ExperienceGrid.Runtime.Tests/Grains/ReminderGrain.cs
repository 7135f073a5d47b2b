namespace ExperienceGrid.Runtime.Tests.Grains;

public sealed class ReminderState
{
    public List<DateTimeOffset> Ticks { get; set; } = [];
}

public interface IReminderGrain : IGrainWithStringKey
{
    Task Schedule(TimeSpan due, TimeSpan period);

    Task<List<DateTimeOffset>> TicksAsync();
}

/// <summary>Registers a durable reminder and records each tick's due time.</summary>
public sealed class ReminderGrain : Grain<ReminderState>, IReminderGrain, IRemindable
{
    public Task Schedule(TimeSpan due, TimeSpan period)
    {
        RegisterOrUpdateReminder("tick", due, period);
        return Task.CompletedTask;
    }

    public Task ReceiveReminder(string reminderName, TickStatus status)
    {
        State.Ticks.Add(status.CurrentTickTime);
        return Task.CompletedTask;
    }

    public Task<List<DateTimeOffset>> TicksAsync() => Task.FromResult(State.Ticks.ToList());
}
