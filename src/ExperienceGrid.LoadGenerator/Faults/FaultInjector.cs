using ExperienceGrid.LoadGenerator.Driver;

namespace ExperienceGrid.LoadGenerator.Faults;

/// <summary>Kills silo I at T and restarts it at T2 through the cluster script, marking both moments on the run.</summary>
public sealed class FaultInjector(ClusterScript script, TimeProvider time)
{
    public async Task RunAsync(int silo, TimeSpan killAt, TimeSpan? restartAt, RunRecorder run, CancellationToken cancellationToken)
    {
        try
        {
            await WaitUntil(killAt, run, cancellationToken);
            await Step("kill", silo, run, cancellationToken);
            if (restartAt is { } restart)
            {
                await WaitUntil(restart, run, cancellationToken);
                await Step("start", silo, run, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task WaitUntil(TimeSpan at, RunRecorder run, CancellationToken cancellationToken)
    {
        var wait = at - time.GetElapsedTime(run.Start);
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    private async Task Step(string verb, int silo, RunRecorder run, CancellationToken cancellationToken)
    {
        // Marked when the script is called: the fault's moment, not when the script returned
        // (start waits for the silo's /health, so its readiness time is in the label).
        var at = run.Now;
        var (exitCode, output) = await script.RunAsync(verb, silo, cancellationToken);
        run.Mark(at, verb == "start" ? $"start silo {silo} (ready +{run.Now - at:0.0} s)" : $"{verb} silo {silo}", exitCode == 0);
        if (exitCode != 0)
        {
            run.Errors.Add($"cluster script '{verb}' exit {exitCode}: {output.Split('\n')[^1]}");
        }
    }
}
