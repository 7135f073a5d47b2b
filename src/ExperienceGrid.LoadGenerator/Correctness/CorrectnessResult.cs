namespace ExperienceGrid.LoadGenerator.Correctness;

/// <summary>
/// Sent vs applied after the grid caught up. <see cref="Lost"/>: accepted (202) but not applied;
/// <see cref="Duplicated"/>: applied more often than sent. Both must be 0.
/// </summary>
public sealed record CorrectnessResult(
    int Customers,
    long ExpectedAtLeast,
    long ExpectedAtMost,
    long Applied,
    long Lost,
    long Duplicated,
    bool CaughtUp,
    double WaitSeconds,
    IReadOnlyList<CustomerMismatch> Mismatches)
{
    public bool Passed => CaughtUp && Lost == 0 && Duplicated == 0;
}
