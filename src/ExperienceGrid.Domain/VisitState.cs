using System.Text.Json.Serialization;

namespace ExperienceGrid.Domain;

/// <summary>An open visit of one guest in one venue.</summary>
/// <param name="Zone">The zone of the latest touchpoint that named one.</param>
/// <param name="Score">Visit score in [0,100]; 60 (mediocrity) before any moment.</param>
/// <param name="Risk">Null when the visit is not at risk.</param>
/// <param name="RecoveryCount">How many miseries were recovered in this visit.</param>
/// <param name="WowOffered">A WOW opportunity was already raised; one per visit.</param>
/// <param name="EvaluatedAt">When time-based risk rules were last evaluated.</param>
public sealed record VisitState(
    string VenueId,
    string? Zone,
    DateTimeOffset OpenedAt,
    DateTimeOffset LastTouchpointAt,
    double Score,
    IReadOnlyList<Moment> Moments,
    ScoreExplanation Explanation,
    RiskAssessment? Risk,
    int RecoveryCount,
    bool WowOffered,
    DateTimeOffset EvaluatedAt)
{
    /// <summary>Misery moments no recovery has answered yet, oldest first.</summary>
    [JsonIgnore]
    public IEnumerable<Moment> UnrecoveredMiseries =>
        Moments.Where(m => m.MomentKind == MomentKind.Misery && !m.Recovered);
}
