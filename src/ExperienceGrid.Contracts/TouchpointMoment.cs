using ExperienceGrid.Domain;

namespace ExperienceGrid.Contracts;

/// <summary>One moment as a venue counts it: the touchpoint kind it came from and how it felt.</summary>
public sealed record TouchpointMoment(string Touchpoint, MomentKind Moment);
