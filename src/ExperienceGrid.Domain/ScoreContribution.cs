namespace ExperienceGrid.Domain;

/// <summary>One moment's (or one effect's) signed share of a score.</summary>
/// <param name="EventId">The touchpoint that produced it; empty for effects such as loyalty decay.</param>
public sealed record ScoreContribution(string EventId, string Kind, string Reason, double Delta);
