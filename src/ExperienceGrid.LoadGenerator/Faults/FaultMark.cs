namespace ExperienceGrid.LoadGenerator.Faults;

/// <summary>A fault moment in a run (e.g. "kill silo 2"), marked on the report's charts.</summary>
/// <param name="At">Seconds from the run's start.</param>
public sealed record FaultMark(double At, string Label, bool Succeeded);
