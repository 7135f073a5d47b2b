namespace ExperienceGrid.Contracts;

/// <summary>What a customer grain did with a batch: touchpoints applied and event ids it had already applied.</summary>
[GenerateSerializer, Immutable, Alias("Contracts.RecordResult")]
public readonly record struct RecordResult([property: Id(0)] int Accepted, [property: Id(1)] int Duplicates);
