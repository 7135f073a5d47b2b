using System.Text.Json.Serialization;
using ExperienceGrid.Domain.Scoring;

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
[GenerateSerializer, Immutable, Alias("Domain.VisitState")]
public sealed record VisitState(
    [property: Id(0)] string VenueId,
    [property: Id(1)] string? Zone,
    [property: Id(2)] DateTimeOffset OpenedAt,
    [property: Id(3)] DateTimeOffset LastTouchpointAt,
    [property: Id(4)] double Score,
    [property: Id(5)] IReadOnlyList<Moment> Moments,

    // Id 6 held the score's explanation, now computed from the moments when asked (see Explanation).
    [property: Id(7)] RiskAssessment? Risk,
    [property: Id(8)] int RecoveryCount,
    [property: Id(9)] bool WowOffered,
    [property: Id(10)] DateTimeOffset EvaluatedAt,
    [property: Id(11)] IReadOnlyList<RunningWait>? Waits = null,
    [property: Id(12)] Nudge? Nudge = null,
    [property: Id(13)] DateTimeOffset? LastNudgeAt = null)
{
    /// <summary>
    /// How the moments make the score. Computed when asked, not stored: with a reason for each contribution it was the
    /// largest part of a guest's state, written with every touchpoint.
    /// </summary>
    public ScoreExplanation Explanation => VisitScorer.Explain(Moments);

    /// <summary>Misery moments no recovery has answered yet, oldest first.</summary>
    [JsonIgnore]
    public IEnumerable<Moment> UnrecoveredMiseries =>
        Moments.Where(m => m.MomentKind == MomentKind.Misery && !m.Recovered);
}
