using ExperienceGrid.LoadGenerator.Correctness;
using ExperienceGrid.LoadGenerator.Reporting;

namespace ExperienceGrid.LoadGenerator.Driver;

/// <summary>Turns what a run recorded into its <see cref="RunSummary"/>.</summary>
internal static class RunSummaryFactory
{
    public static RunSummary Create(RunRecorder run, double rate, TimeSpan duration, double sendWindowSeconds, CorrectnessResult? correctness)
    {
        var ledger = run.Ledger;
        var window = Math.Max(duration.TotalSeconds, sendWindowSeconds);
        var chartSeconds = Math.Max(window, run.Now);
        return new RunSummary(
            run.RunId,
            run.StartedAt,
            duration.TotalSeconds,
            sendWindowSeconds,
            ledger.Offered,
            ledger.Acked,
            ledger.Duplicates,
            ledger.Rejected,
            ledger.Abandoned,
            ledger.Offered / duration.TotalSeconds,
            window > 0 ? ledger.Acked / window : 0,
            run.HttpLatency.Summary(),
            run.PushLatency.Summary(),
            run.Push.Received,
            run.Push.Foreign,
            run.Push.Unmatched,
            run.Errors.Snapshot(),
            correctness,
            run.HttpLatency.Timeline(chartSeconds),
            run.PushLatency.Timeline(chartSeconds),
            run.Rates.Timeline(chartSeconds),
            run.Faults);
    }
}
