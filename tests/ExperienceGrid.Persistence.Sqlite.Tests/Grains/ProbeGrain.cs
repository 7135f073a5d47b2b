namespace ExperienceGrid.Persistence.Sqlite.Tests.Grains;

/// <summary>Counts reminder ticks in its persistent state; each activation has its own id.</summary>
public sealed class ProbeGrain([PersistentState("s", "grid")] IPersistentState<ProbeState> state) : Grain, IProbeGrain, IRemindable
{
    public const string ReminderName = "tick";

    private readonly Guid _activationId = Guid.NewGuid();

    public async Task<ProbeSnapshot> Set(int value)
    {
        state.State.Value = value;
        await state.WriteStateAsync();
        return Snapshot();
    }

    public Task<ProbeSnapshot> Get() => Task.FromResult(Snapshot());

    public Task StartTicking(TimeSpan period) => this.RegisterOrUpdateReminder(ReminderName, period, period);

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        state.State.Ticks++;
        await state.WriteStateAsync();
    }

    private ProbeSnapshot Snapshot() => new(state.State.Value, state.State.Ticks, _activationId);
}
