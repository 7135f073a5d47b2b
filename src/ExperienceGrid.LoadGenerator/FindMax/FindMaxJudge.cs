using ExperienceGrid.LoadGenerator.Reporting;

namespace ExperienceGrid.LoadGenerator.FindMax;

/// <summary>
/// Whether a step held: no errors, achieved ≥ 95 % of offered, nothing lost or duplicated, and p99
/// within the bound — push p99 when push latency is measured, else HTTP p99.
/// </summary>
public static class FindMaxJudge
{
    public const double AchievedShare = 0.95;

    /// <returns>Why the step failed, or null when it held.</returns>
    public static string? Failure(RunSummary step, double p99BoundMs, bool pushMeasured)
    {
        if (step.ErrorCount > 0)
        {
            return $"{step.ErrorCount} errors ({string.Join(", ", step.Errors.Select(e => $"{e.Key}: {e.Value}"))})";
        }

        if (step.AchievedRate < AchievedShare * step.OfferedRate)
        {
            return $"achieved {step.AchievedRate:F0}/s is under {AchievedShare:P0} of the offered {step.OfferedRate:F0}/s";
        }

        if (step.Correctness is { Passed: false } c)
        {
            return c.CaughtUp ? $"lost {c.Lost}, duplicated {c.Duplicated}" : $"the grid did not catch up within the deadline (lost {c.Lost})";
        }

        var (name, p99) = pushMeasured ? ("push", step.Push.P99) : ("HTTP", step.Http.P99);
        if (pushMeasured && step.Push.Count == 0)
        {
            return "no alert was pushed, so push latency could not be measured";
        }

        return p99 > p99BoundMs ? $"{name} p99 {p99:F0} ms exceeds the {p99BoundMs:F0} ms bound" : null;
    }
}
