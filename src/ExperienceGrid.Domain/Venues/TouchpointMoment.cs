namespace ExperienceGrid.Domain.Venues;

/// <summary>
/// One moment as a venue counts it: the touchpoint kind it came from, how it felt, the anti-pattern it showed (if
/// any) and the staff member the touchpoint named (if any), for coaching and recognition.
/// </summary>
[GenerateSerializer, Immutable, Alias("Contracts.TouchpointMoment")]
public sealed record TouchpointMoment(
    [property: Id(0)] string Touchpoint,
    [property: Id(1)] MomentKind Moment,
    [property: Id(2)] AntiPattern? AntiPattern = null,
    [property: Id(3)] string? StaffId = null);
