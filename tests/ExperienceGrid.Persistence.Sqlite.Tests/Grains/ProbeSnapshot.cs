namespace ExperienceGrid.Persistence.Sqlite.Tests.Grains;

/// <summary>The probe's state as seen by one activation.</summary>
[GenerateSerializer, Alias("eg.tests.ProbeSnapshot")]
public sealed record ProbeSnapshot([property: Id(0)] int Value, [property: Id(1)] int Ticks, [property: Id(2)] Guid ActivationId);
