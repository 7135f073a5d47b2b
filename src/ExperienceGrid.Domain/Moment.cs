using System.Text.Json.Serialization;

namespace ExperienceGrid.Domain;

/// <summary>A classified touchpoint inside a visit.</summary>
/// <param name="Kind">The touchpoint kind it came from (e.g. <c>queue.wait</c>).</param>
/// <param name="Intensity">How strongly it was felt, in [0,1], before weighting.</param>
/// <param name="Weight">Brand dimension weight × journey stage weight.</param>
/// <param name="IsRecovery">This moment is a recovery gesture (apology, follow-up, WOW after misery).</param>
/// <param name="Recovered">For a misery: a later recovery answered it.</param>
public sealed record Moment(
    string EventId,
    string Kind,
    MomentKind MomentKind,
    double Intensity,
    double Weight,
    JourneyStage Stage,
    Dimension Dimension,
    DateTimeOffset At,
    bool IsRecovery,
    bool Recovered,
    AntiPattern? AntiPattern)
{
    /// <summary>Intensity × weight, capped at 1: the strength the scores use.</summary>
    [JsonIgnore]
    public double Impact => Math.Clamp(Intensity * Weight, 0, 1);
}
