namespace ExperienceGrid.Persistence.Sqlite.Tests.Grains;

/// <summary>The probe's persistent state.</summary>
[GenerateSerializer, Alias("eg.tests.ProbeState")]
public sealed class ProbeState
{
    [Id(0)]
    public int Value { get; set; }

    [Id(1)]
    public int Ticks { get; set; }
}
