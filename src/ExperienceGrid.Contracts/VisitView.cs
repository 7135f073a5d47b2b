using ExperienceGrid.Domain;

namespace ExperienceGrid.Contracts;

/// <summary>The open visit with its explained score and, when at risk, the reasons and the playbook.</summary>
/// <param name="Nudge">The guest's nudge while a wait nears misery (until it closes), or null.</param>
public sealed record VisitView(
    string VenueId,
    string? Zone,
    DateTimeOffset OpenedAt,
    double Score,
    IReadOnlyList<Moment> Moments,
    ScoreExplanation Explanation,
    bool AtRisk,
    double? Priority,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> Actions,
    Nudge? Nudge);
