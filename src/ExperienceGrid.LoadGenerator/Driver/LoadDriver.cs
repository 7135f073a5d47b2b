using ExperienceGrid.Domain;
using ExperienceGrid.LoadGenerator.Http;
using ExperienceGrid.LoadGenerator.Scheduling;
using ExperienceGrid.Simulation;

namespace ExperienceGrid.LoadGenerator.Driver;

/// <summary>
/// Sends the open-model schedule: each batch at its due time, without waiting for earlier ones.
/// HTTP latency runs from the due time to the 202, so a queue anywhere (generator, network,
/// silo) is measured rather than hidden. A batch without a 202 is retried with the same event
/// ids (on another silo when its own is down) until <c>retryWindow</c> after the schedule ends.
/// </summary>
public sealed class LoadDriver(TouchpointSender sender, TargetPool targets, TimeProvider time)
{
    private static readonly TimeSpan _maxBackoff = TimeSpan.FromSeconds(1);
    private long _inFlight;

    public long InFlight => Interlocked.Read(ref _inFlight);

    public async Task RunAsync(
        JourneySimulator simulator,
        OpenModelSchedule schedule,
        RunRecorder run,
        TimeSpan retryWindow,
        CancellationToken cancellationToken)
    {
        var giveUpAt = schedule.DueAt(schedule.BatchCount) + retryWindow;
        var sends = new List<Task>((int)Math.Min(schedule.BatchCount, 1_000_000));
        for (long k = 0; k < schedule.BatchCount && !cancellationToken.IsCancellationRequested; k++)
        {
            var due = schedule.DueAt(k);
            var wait = due - time.GetElapsedTime(run.Start);
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, time, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }

            var batch = simulator.Next(schedule.SizeOf(k), time.GetUtcNow());
            var tallies = run.Ledger.Register(batch);
            run.Rates.Offered(due.TotalSeconds, batch.Count);
            sends.Add(SendAsync(batch, tallies, due, giveUpAt, run, cancellationToken));
        }

        await Task.WhenAll(sends);
    }

    private async Task SendAsync(
        IReadOnlyList<Touchpoint> batch, CustomerTally[] tallies, TimeSpan due, TimeSpan giveUpAt, RunRecorder run, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _inFlight);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var target = targets.Next();
                var sentAt = time.GetTimestamp();
                var result = await sender.PostAsync(target, batch, cancellationToken);
                if (result.Accepted)
                {
                    var now = time.GetTimestamp();
                    // Before anything else, so an alert racing the 202 finds its send time.
                    run.Push.Accepted(batch.Select(t => t.EventId), sentAt);
                    run.Ledger.Accepted(tallies, result.Duplicates);
                    run.HttpLatency.Record(due.TotalSeconds, time.GetElapsedTime(run.Start, now) - due);
                    run.Rates.Achieved(run.Seconds(now), batch.Count);
                    return;
                }

                run.Errors.Add(result.ErrorKind!);
                if (result.TargetDown)
                {
                    targets.MarkDown(target);
                }

                if (!result.Retryable)
                {
                    run.Ledger.RejectedForGood(tallies);
                    return;
                }

                var backoff = result.RetryAfter ?? TimeSpan.FromMilliseconds(Math.Min(_maxBackoff.TotalMilliseconds, 50 * attempt));
                if (time.GetElapsedTime(run.Start) + backoff > giveUpAt || cancellationToken.IsCancellationRequested)
                {
                    run.Errors.Add("batch abandoned (retries ran out)");
                    run.Ledger.Abandon(batch.Count);
                    return;
                }

                await Task.Delay(backoff, time, cancellationToken);
            }
        }
        catch (OperationCanceledException)
        {
            run.Ledger.Abandon(batch.Count);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }
}
