namespace ExperienceGrid.LoadGenerator.Soak;

/// <summary>A soak's samples and verdict: each measure's end window against its baseline window.</summary>
/// <param name="BaselineFrom">Start of the baseline window (the end of the warm-up), seconds from the run's start.</param>
/// <param name="EndFrom">Start of the end window; it runs to the end of the schedule.</param>
/// <param name="Judged">False when a window held no sample (the run was stopped early or no silo answered); such a soak is not flat.</param>
/// <param name="Summary">One sentence: flat, the measures that moved with their ratios, or why nothing could be judged.</param>
public sealed record SoakResult(
    double SampleEverySeconds,
    double BaselineFrom,
    double BaselineTo,
    double EndFrom,
    double EndTo,
    double Tolerance,
    IReadOnlyList<SoakSample> Samples,
    IReadOnlyList<SoakMeasureVerdict> Measures,
    bool Judged,
    string Summary)
{
    /// <summary>Judged, and every measure within the tolerance.</summary>
    public bool Flat => Judged && Measures.All(m => m.Flat);
}
