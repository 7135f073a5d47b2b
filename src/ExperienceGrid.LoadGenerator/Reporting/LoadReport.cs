using ExperienceGrid.LoadGenerator.FindMax;
using ExperienceGrid.LoadGenerator.Soak;

namespace ExperienceGrid.LoadGenerator.Reporting;

/// <summary>A whole load-generator invocation: settings, one run (or each find-max step), why push latency is missing if it is, and a soak's samples and verdict.</summary>
public sealed record LoadReport(
    string RunId,
    DateTimeOffset StartedAt,
    ReportSettings Settings,
    IReadOnlyList<RunSummary> Runs,
    string? PushUnavailable,
    FindMaxResult? FindMax,
    SoakResult? Soak = null)
{
    /// <summary>The main run: the only one, or the highest passing find-max step (else the first).</summary>
    public RunSummary Main =>
        FindMax is { } max && Runs.LastOrDefault(r => max.Steps.Any(s => s.RunId == r.RunId && s.Passed)) is { } best ? best : Runs[0];

    /// <summary>No events lost or duplicated in any run, and every run caught up.</summary>
    public bool CorrectnessPassed => Runs.All(r => r.Correctness is null || r.Correctness.Passed);
}
