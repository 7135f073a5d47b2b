namespace ExperienceGrid.Runtime.Tests.Grains;

public sealed record SendMessage(string Id, string TargetKey, int Value);

public sealed class SenderState
{
    public int Sent { get; set; }
}

public interface ISenderGrain : IGrainWithStringKey
{
    ValueTask Send(SendMessage message);

    Task<int> SentAsync();
}

/// <summary>Forwards each journal message durably to a counter (outbox) with a deterministic id.</summary>
public sealed class SenderGrain : Grain<SenderState>, ISenderGrain
{
    public ValueTask Send(SendMessage message)
    {
        State.Sent++;
        SendDurable<ICounterGrain, CountMessage>(message.TargetKey, new CountMessage(message.Id + "/fwd", message.Value), message.Id + "/counter");
        return ValueTask.CompletedTask;
    }

    public Task<int> SentAsync() => Task.FromResult(State.Sent);
}
