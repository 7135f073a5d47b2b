using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.LoadGenerator.Correctness;
using ExperienceGrid.LoadGenerator.Faults;
using ExperienceGrid.LoadGenerator.Http;
using ExperienceGrid.LoadGenerator.Hub;
using ExperienceGrid.LoadGenerator.Reporting;
using ExperienceGrid.LoadGenerator.Scheduling;
using ExperienceGrid.LoadGenerator.Soak;
using ExperienceGrid.Simulation;

namespace ExperienceGrid.LoadGenerator.Driver;

/// <summary>
/// One invocation of the load generator: signs the staff in, runs the schedule (once, or step by
/// step in find-max mode) with faults if asked, waits for the grid to catch up, checks counts, and
/// returns the report. Customer and event ids start with a fresh run id, so counts start at zero.
/// </summary>
public sealed partial class LoadSession(LoadOptions options, HttpClient http, TimeProvider time)
{
    private static readonly TimeSpan _progressEvery = TimeSpan.FromSeconds(1);

    public async Task<LoadReport> RunAsync(IProgress<LoadProgress>? progress, CancellationToken cancellationToken)
    {
        var chain = ChainConfigLoader.Load(await File.ReadAllTextAsync(options.ChainPath, cancellationToken));
        var venueIds = (options.Venues > 0 ? chain.Venues.Take(options.Venues) : chain.Venues).Select(v => v.Id).ToList();
        var pool = new TargetPool(options.Targets, time);
        var runId = $"lg{time.GetUtcNow():yyMMddHHmmss}{Random.Shared.Next(0x10000):x4}";
        await using var fleet = new StaffFleet(http, pool, time);
        var context = new SessionContext(chain, venueIds, pool, fleet, progress);

        List<RunSummary> runs;
        FindMax.FindMaxResult? findMax = null;
        if (options.FindMax)
        {
            (runs, findMax) = await FindMaxAsync(runId, context, cancellationToken);
        }
        else
        {
            runs = [await RunOnceAsync(runId, options.Rate, context, withFaults: options.KillSilo is not null, cancellationToken)];
        }

        return new LoadReport(runId, runs[0].StartedAt, Settings(venueIds), runs, fleet.Unavailable, findMax, context.Soak);
    }

    private async Task<RunSummary> RunOnceAsync(string runId, double rate, SessionContext context, bool withFaults, CancellationToken cancellationToken)
    {
        var run = new RunRecorder(runId, time);
        context.Fleet.Attach(run);
        if (options.Staff > 0 && !context.FleetStarted && context.Fleet.Unavailable is null)
        {
            context.FleetStarted = true;
            await context.Fleet.StartAsync(context.VenueIds, options.Staff, cancellationToken);
        }

        var simulator = new JourneySimulator(
            context.Chain,
            new JourneyOptions
            {
                Customers = options.Customers,
                VenueIds = context.VenueIds,
                CustomerPrefix = run.CustomerPrefix,
                ConcurrentVisits = Math.Clamp(options.Customers / 4, 1, 2_000),
            },
            options.Seed,
            runId);
        var schedule = new OpenModelSchedule(rate, options.Duration, options.Batch);
        var driver = new LoadDriver(new TouchpointSender(http, options.ApiKey), context.Pool, time);
        run.StartClock();

        var phase = "sending";
        string? detail = null;
        using var stopProgress = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await using var soak = options.Soak ? NewSoakSampler(run, context.Pool) : null;
        var reporting = ReportProgressAsync(() => Progress(run, rate, driver, context.Fleet, phase, detail, soak?.Sampler.Samples), context.Progress, stopProgress.Token);
        var sampling = soak?.Sampler.RunAsync(options.Duration, cancellationToken) ?? Task.CompletedTask;
        var faults = withFaults
            ? new FaultInjector(new ClusterScript(options.ClusterScript), time).RunAsync(options.KillSilo!.Value, options.KillAt!.Value, options.RestartAt, run, cancellationToken)
            : Task.CompletedTask;

        await driver.RunAsync(simulator, schedule, run, options.RetryWindow, cancellationToken);
        var sendWindow = run.Now;
        await sampling;
        if (soak is not null)
        {
            context.Soak = SoakJudge.Judge(soak.Sampler.Samples, options.SampleEvery, options.WarmUp, options.SoakWindow, options.Duration);
        }

        phase = "catching up";
        var checker = new CorrectnessChecker(http, context.Pool, time, options.Reader, options.ReaderPassword);
        var caughtUp = new Progress<(int CaughtUp, int Total)>(p => detail = $"{p.CaughtUp}/{p.Total} customers caught up");
        // Not cancelled with the run: after a Ctrl+C the counts are still checked (within the deadline) and reported.
        var correctness = await checker.CheckAsync(run.Ledger.Expected(), options.CatchUpTimeout, caughtUp, CancellationToken.None);
        await faults;
        await stopProgress.CancelAsync();
        await reporting;
        return RunSummaryFactory.Create(run, rate, options.Duration, sendWindow, correctness);
    }

    private SoakProbes NewSoakSampler(RunRecorder run, TargetPool pool)
    {
        var proc = new ProcReader();
        var redis = options.Redis is { } address ? new RedisMemoryProbe(address) : null;
        var silos = pool.Targets.Select(t => new SiloProbe(http, t, options.Reader, options.ReaderPassword, proc)).ToList();
        return new SoakProbes(new SoakSampler(silos, redis, run, time, options.SampleEvery), redis);
    }

    private LoadProgress Progress(RunRecorder run, double rate, LoadDriver driver, StaffFleet fleet, string phase, string? detail, IReadOnlyList<SoakSample>? samples)
    {
        var recent = run.Now - 5;
        return new LoadProgress(
            phase, rate, TimeSpan.FromSeconds(run.Now), options.Duration, run.Ledger.Offered, run.Ledger.Acked, driver.InFlight,
            run.HttpLatency.SummarySince(recent).P99, run.PushLatency.SummarySince(recent).P99, run.Push.Received,
            run.Errors.Total, fleet.Connected, detail ?? fleet.Unavailable, samples);
    }

    private async Task ReportProgressAsync(Func<LoadProgress> snapshot, IProgress<LoadProgress>? progress, CancellationToken cancellationToken)
    {
        if (progress is null)
        {
            return;
        }

        using var timer = new PeriodicTimer(_progressEvery, time);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                progress.Report(snapshot());
            }
        }
        catch (OperationCanceledException)
        {
        }

        progress.Report(snapshot());
    }

    private ReportSettings Settings(IReadOnlyList<string> venueIds) => new(
        [.. options.Targets.Select(t => t.ToString())], venueIds, options.Customers, options.Rate, options.Duration.TotalSeconds,
        options.Batch, options.Seed, options.Staff, options.ChainPath, options.KillSilo, options.KillAt?.TotalSeconds,
        options.RestartAt?.TotalSeconds, options.FindMax, options.P99Bound.TotalMilliseconds);

    private sealed class SessionContext(ChainConfig chain, IReadOnlyList<string> venueIds, TargetPool pool, StaffFleet fleet, IProgress<LoadProgress>? progress)
    {
        public ChainConfig Chain { get; } = chain;
        public IReadOnlyList<string> VenueIds { get; } = venueIds;
        public TargetPool Pool { get; } = pool;
        public StaffFleet Fleet { get; } = fleet;
        public IProgress<LoadProgress>? Progress { get; } = progress;
        public bool FleetStarted { get; set; }
        public SoakResult? Soak { get; set; }
    }

    /// <summary>A soak's sampler and the Redis connection it owns.</summary>
    private sealed record SoakProbes(SoakSampler Sampler, RedisMemoryProbe? Redis) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Redis?.DisposeAsync() ?? ValueTask.CompletedTask;
    }
}
