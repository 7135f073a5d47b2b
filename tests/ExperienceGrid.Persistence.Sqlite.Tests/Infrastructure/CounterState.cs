namespace ExperienceGrid.Persistence.Sqlite.Tests.Infrastructure;

/// <summary>A small grain state: which write produced it and a payload to size it.</summary>
[GenerateSerializer, Alias("eg.tests.counter-state")]
public sealed record CounterState([property: Id(0)] int Grain, [property: Id(1)] int Sequence, [property: Id(2)] string Payload = "")
{
    public CounterState()
        : this(0, 0)
    {
    }
}
