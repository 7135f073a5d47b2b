namespace ExperienceGrid.Domain.Venues;

/// <summary>
/// Alerted visits with <paramref name="AntiPattern"/> resolved with <paramref name="Action"/> that ended, and how many
/// recovered, per staff member who claimed the alert (<paramref name="StaffId"/>; null in counts kept before it was).
/// </summary>
[GenerateSerializer, Immutable, Alias("Domain.PlaybookCount")]
public sealed record PlaybookCount(
    [property: Id(0)] AntiPattern AntiPattern,
    [property: Id(1)] string Action,
    [property: Id(2)] int Ended,
    [property: Id(3)] int Recovered,
    [property: Id(4)] string? StaffId = null);
