namespace ExperienceGrid.Domain;

/// <summary>Why a score is what it is: <c>Base + Σ Contributions[i].Delta == Score</c> (within 1e-9).</summary>
[GenerateSerializer, Immutable, Alias("Domain.ScoreExplanation")]
public sealed record ScoreExplanation([property: Id(0)] double Base, [property: Id(1)] IReadOnlyList<ScoreContribution> Contributions, [property: Id(2)] double Score)
{
    /// <summary>An explanation with no contributions: the score is the base.</summary>
    public static ScoreExplanation Neutral(double score) => new(score, [], score);
}
