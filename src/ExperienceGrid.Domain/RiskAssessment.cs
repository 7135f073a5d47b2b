namespace ExperienceGrid.Domain;

/// <summary>Why an open visit is at risk and what staff should do about it.</summary>
/// <param name="Severity">In [0,1]; combined from every rule that fired.</param>
/// <param name="CustomerValue">From loyalty and tier, in [1,3].</param>
/// <param name="Priority">Severity × CustomerValue: the floor sorts alerts by it.</param>
/// <param name="Reasons">Human-readable, one per fired rule, the weightiest first.</param>
/// <param name="AntiPatterns">What went wrong, in the order it happened, without duplicates.</param>
/// <param name="Actions">Concrete staff actions answering the anti-patterns.</param>
/// <param name="Since">When this stretch of risk began.</param>
[GenerateSerializer, Immutable, Alias("Domain.RiskAssessment")]
public sealed record RiskAssessment(
    [property: Id(0)] double Severity,
    [property: Id(1)] double CustomerValue,
    [property: Id(2)] double Priority,
    [property: Id(3)] IReadOnlyList<string> Reasons,
    [property: Id(4)] IReadOnlyList<AntiPattern> AntiPatterns,
    [property: Id(5)] IReadOnlyList<string> Actions,
    [property: Id(6)] DateTimeOffset Since);
