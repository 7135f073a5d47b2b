namespace ExperienceGrid.Runtime.Tests.Grains;

public interface IProbeGrain : IGrainWithStringKey
{
    Task Enter(int sequence);

    Task<(int Overlaps, List<int> Order)> GetAsync();
}

/// <summary>Detects overlapping turns (non-reentrancy) and records turn order.</summary>
public sealed class ProbeGrain : Grain, IProbeGrain
{
    private readonly List<int> _order = [];
    private int _inFlight;
    private int _overlaps;

    public async Task Enter(int sequence)
    {
        if (Interlocked.Increment(ref _inFlight) != 1)
        {
            Interlocked.Increment(ref _overlaps);
        }

        await Task.Yield();
        _order.Add(sequence);
        await Task.Yield();
        Interlocked.Decrement(ref _inFlight);
    }

    public Task<(int Overlaps, List<int> Order)> GetAsync() => Task.FromResult((_overlaps, _order.ToList()));
}
