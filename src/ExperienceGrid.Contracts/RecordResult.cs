namespace ExperienceGrid.Contracts;

/// <summary>
/// What a customer grain did with a batch: touchpoints applied and event ids it had already applied. Summed over a
/// batch's customers it is also the JSON answer of <c>POST /api/touchpoints</c> (<c>{"accepted":n,"duplicates":m}</c>),
/// so renaming a member changes the HTTP API.
/// </summary>
[GenerateSerializer, Immutable, Alias("Contracts.RecordResult")]
public readonly record struct RecordResult([property: Id(0)] int Accepted, [property: Id(1)] int Duplicates);
