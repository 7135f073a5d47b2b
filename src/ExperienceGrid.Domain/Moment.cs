using System.Text.Json.Serialization;

namespace ExperienceGrid.Domain;

/// <summary>A classified touchpoint inside a visit.</summary>
/// <param name="Kind">The touchpoint kind it came from (e.g. <c>queue.wait</c>).</param>
/// <param name="Intensity">How strongly it was felt, in [0,1], before weighting.</param>
/// <param name="Weight">Brand dimension weight × journey stage weight.</param>
/// <param name="IsRecovery">This moment is a recovery gesture (apology, follow-up, WOW after misery).</param>
/// <param name="Recovered">For a misery: a later recovery answered it.</param>
[GenerateSerializer, Immutable, Alias("Domain.Moment")]
public sealed record Moment(
    [property: Id(0)] string EventId,
    [property: Id(1)] string Kind,
    [property: Id(2)] MomentKind MomentKind,
    [property: Id(3)] double Intensity,
    [property: Id(4)] double Weight,
    [property: Id(5)] JourneyStage Stage,
    [property: Id(6)] Dimension Dimension,
    [property: Id(7)] DateTimeOffset At,
    [property: Id(8)] bool IsRecovery,
    [property: Id(9)] bool Recovered,
    [property: Id(10)] AntiPattern? AntiPattern)
{
    /// <summary>Intensity × weight, capped at 1: the strength the scores use.</summary>
    [JsonIgnore]
    public double Impact => Math.Clamp(Intensity * Weight, 0, 1);
}
