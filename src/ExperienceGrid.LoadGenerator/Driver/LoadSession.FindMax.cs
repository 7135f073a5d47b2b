using ExperienceGrid.LoadGenerator.FindMax;
using ExperienceGrid.LoadGenerator.Reporting;

namespace ExperienceGrid.LoadGenerator.Driver;

public sealed partial class LoadSession
{
    /// <summary>Steps the rate up by <see cref="LoadOptions.StepFactor"/> until a step breaks a bound (see <see cref="FindMaxJudge"/>).</summary>
    private async Task<(List<RunSummary> Runs, FindMaxResult Result)> FindMaxAsync(string runId, SessionContext context, CancellationToken cancellationToken)
    {
        var runs = new List<RunSummary>();
        var steps = new List<FindMaxStep>();
        var bound = options.P99Bound.TotalMilliseconds;
        var rate = options.Rate;
        double best = 0;
        var stopReason = $"reached --max-steps ({options.MaxSteps}) without breaking a bound";
        for (var step = 1; step <= options.MaxSteps && !cancellationToken.IsCancellationRequested; step++)
        {
            var summary = await RunOnceAsync($"{runId}s{step}", rate, context, withFaults: false, cancellationToken);
            runs.Add(summary);
            var pushMeasured = options.Staff > 0 && context.Fleet.Unavailable is null;
            var failure = FindMaxJudge.Failure(summary, bound, pushMeasured);
            steps.Add(new FindMaxStep(summary.RunId, rate, summary.AchievedRate, summary.Http.P99, summary.Push.P99, summary.ErrorCount, failure is null, failure));
            if (failure is not null)
            {
                stopReason = $"{rate:F0}/s: {failure}";
                break;
            }

            best = rate;
            rate = Math.Round(rate * options.StepFactor);
        }

        var measured = options.Staff > 0 && context.Fleet.Unavailable is null ? "push p99" : "HTTP p99 (no push: " + (context.Fleet.Unavailable ?? "--staff 0") + ")";
        return (runs, new FindMaxResult(bound, measured, best, stopReason, steps));
    }
}
