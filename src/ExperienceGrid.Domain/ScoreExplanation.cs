namespace ExperienceGrid.Domain;

/// <summary>Why a score is what it is: <c>Base + Σ Contributions[i].Delta == Score</c> (within 1e-9).</summary>
public sealed record ScoreExplanation(double Base, IReadOnlyList<ScoreContribution> Contributions, double Score)
{
    /// <summary>An explanation with no contributions: the score is the base.</summary>
    public static ScoreExplanation Neutral(double score) => new(score, [], score);
}
