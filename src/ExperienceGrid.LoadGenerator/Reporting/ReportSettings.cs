namespace ExperienceGrid.LoadGenerator.Reporting;

/// <summary>The arguments a report came from, so a run can be repeated.</summary>
public sealed record ReportSettings(
    IReadOnlyList<string> Targets,
    IReadOnlyList<string> Venues,
    int Customers,
    double Rate,
    double DurationSeconds,
    int Batch,
    int Seed,
    int Staff,
    string Chain,
    int? KillSilo,
    double? KillAtSeconds,
    double? RestartAtSeconds,
    bool FindMax,
    double P99BoundMs);
