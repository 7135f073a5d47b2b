namespace ExperienceGrid.Benchmarks;

/// <summary>A count that concurrent tasks add to and a progress line reads.</summary>
public sealed class SharedCounter
{
    private long _value;

    public long Value => Interlocked.Read(ref _value);

    public void Increment() => Interlocked.Increment(ref _value);
}
