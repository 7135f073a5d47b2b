using ExperienceGrid.LoadGenerator.Driver;

namespace ExperienceGrid.LoadGenerator.Soak;

/// <summary>
/// Takes a soak sample every <c>sampleEvery</c> from the run's start until the schedule ends: each silo's process
/// measures (<see cref="SiloProbe"/>), Redis' memory when an address is known, and the HTTP and push p99 of the
/// period just closed, from what the run records. Thread-safe reads of <see cref="Samples"/>.
/// </summary>
public sealed class SoakSampler(IReadOnlyList<SiloProbe> silos, RedisMemoryProbe? redis, RunRecorder run, TimeProvider time, TimeSpan sampleEvery)
{
    private static readonly TimeSpan _readTimeout = TimeSpan.FromSeconds(10);
    private readonly List<SoakSample> _samples = [];

    public IReadOnlyList<SoakSample> Samples
    {
        get
        {
            lock (_samples)
            {
                return [.. _samples];
            }
        }
    }

    /// <summary>Samples at sampleEvery, 2 × sampleEvery, … up to <paramref name="runEnd"/>; ends early when cancelled.</summary>
    public async Task RunAsync(TimeSpan runEnd, CancellationToken cancellationToken)
    {
        for (var k = 1; k * sampleEvery <= runEnd + TimeSpan.FromMilliseconds(1); k++)
        {
            var wait = k * sampleEvery - time.GetElapsedTime(run.Start);
            try
            {
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, cancellationToken);
                }

                var sample = await SampleAsync(run.Now, cancellationToken);
                lock (_samples)
                {
                    _samples.Add(sample);
                }
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task<SoakSample> SampleAsync(double at, CancellationToken cancellationToken)
    {
        var every = sampleEvery.TotalSeconds;
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        var problems = new List<string>();
        if (run.HttpLatency.SummaryBetween(at - every, at) is { Count: > 0 } http)
        {
            values[SoakMeasures.HttpP99] = http.P99;
        }

        if (run.PushLatency.SummaryBetween(at - every, at) is { Count: > 0 } push)
        {
            values[SoakMeasures.PushP99] = push.P99;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_readTimeout);
        var reads = silos.Select(async silo =>
        {
            var found = new Dictionary<string, double>(StringComparer.Ordinal);
            var missing = new List<string>();
            try
            {
                await silo.ReadAsync(found, missing, timeout.Token);
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                missing.Add($"{silo.Silo}: {e.Message}"); // a sample with a gap, never a failed run
            }

            return (found, missing);
        }).ToList();
        foreach (var (found, missing) in await Task.WhenAll(reads))
        {
            foreach (var (name, value) in found)
            {
                values[name] = value;
            }

            problems.AddRange(missing);
        }

        if (redis is not null)
        {
            await redis.ReadAsync(values, problems);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return new SoakSample(Math.Round(at, 2), values, problems);
    }
}
