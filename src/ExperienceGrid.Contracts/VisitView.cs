using ExperienceGrid.Domain;

namespace ExperienceGrid.Contracts;

/// <summary>The open visit with its explained score and, when at risk, the reasons and the playbook.</summary>
/// <param name="Nudge">The guest's nudge while a wait nears misery (until it closes), or null.</param>
[GenerateSerializer, Immutable, Alias("Contracts.VisitView")]
public sealed record VisitView(
    [property: Id(0)] string VenueId,
    [property: Id(1)] string? Zone,
    [property: Id(2)] DateTimeOffset OpenedAt,
    [property: Id(3)] double Score,
    [property: Id(4)] IReadOnlyList<Moment> Moments,
    [property: Id(5)] ScoreExplanation Explanation,
    [property: Id(6)] bool AtRisk,
    [property: Id(7)] double? Priority,
    [property: Id(8)] IReadOnlyList<string> Reasons,
    [property: Id(9)] IReadOnlyList<string> Actions,
    [property: Id(10)] Nudge? Nudge);
