namespace ExperienceGrid.Domain.Configuration;

/// <summary>Whether smaller measurements (wait minutes) or larger ones (ratings) are better.</summary>
public enum ThresholdDirection
{
    LowerIsBetter,
    HigherIsBetter,
}
