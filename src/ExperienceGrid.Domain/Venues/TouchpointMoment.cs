
namespace ExperienceGrid.Domain.Venues;

/// <summary>One moment as a venue counts it: the touchpoint kind it came from and how it felt.</summary>
[GenerateSerializer, Immutable, Alias("Contracts.TouchpointMoment")]
public sealed record TouchpointMoment([property: Id(0)] string Touchpoint, [property: Id(1)] MomentKind Moment);
