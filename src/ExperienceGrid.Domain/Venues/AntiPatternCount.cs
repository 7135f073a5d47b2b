namespace ExperienceGrid.Domain.Venues;

/// <summary>Anti-pattern moments of one kind in one shift, by one staff member (null: the touchpoint named nobody).</summary>
[GenerateSerializer, Immutable, Alias("Domain.AntiPatternCount")]
public sealed record AntiPatternCount(
    [property: Id(0)] AntiPattern AntiPattern,
    [property: Id(1)] string Shift,
    [property: Id(2)] string? StaffId,
    [property: Id(3)] int Count);
