using System.Text.Json.Serialization;

namespace ExperienceGrid.Domain;

/// <summary>An open visit of one guest in one venue.</summary>
/// <param name="Zone">The zone of the latest touchpoint that named one.</param>
/// <param name="Score">Visit score in [0,100]; 60 (mediocrity) before any moment.</param>
/// <param name="Risk">Null when the visit is not at risk.</param>
/// <param name="RecoveryCount">How many miseries were recovered in this visit.</param>
/// <param name="WowOffered">A WOW opportunity was already raised; one per visit.</param>
/// <param name="EvaluatedAt">When time-based risk rules were last evaluated.</param>
/// <param name="Waits">Watched waits that started and are not reported yet (null reads as none).</param>
/// <param name="Nudge">The guest's nudge until it closes, or null.</param>
/// <param name="LastNudgeAt">When the latest nudge of this visit was raised: the guest cooldown runs from it.</param>
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
    DateTimeOffset EvaluatedAt,
    IReadOnlyList<RunningWait>? Waits = null,
    Nudge? Nudge = null,
    DateTimeOffset? LastNudgeAt = null)
{
    /// <summary>Misery moments no recovery has answered yet, oldest first.</summary>
    [JsonIgnore]
    public IEnumerable<Moment> UnrecoveredMiseries =>
        Moments.Where(m => m.MomentKind == MomentKind.Misery && !m.Recovered);
}
