using System.Net;
using ExperienceGrid.LoadGenerator.Driver;
using ExperienceGrid.LoadGenerator.Http;
using ExperienceGrid.LoadGenerator.Scheduling;
using ExperienceGrid.LoadGenerator.Tests.Infrastructure;
using ExperienceGrid.Simulation;

namespace ExperienceGrid.LoadGenerator.Tests.Driver;

public sealed class LoadDriverTests
{
    private static readonly Uri _silo = new("http://silo-a");

    [Fact]
    public async Task Sends_on_schedule_while_no_answer_has_come_back_and_measures_from_the_due_time()
    {
        var clock = new ManualTimeProvider();
        var silo = new FakeSilo(holdAnswers: true);
        var (driver, run, simulator) = Create(silo, clock);
        var schedule = new OpenModelSchedule(rate: 100, TimeSpan.FromSeconds(1), batchSize: 10);

        var running = driver.RunAsync(simulator, schedule, run, TimeSpan.FromSeconds(5), CancellationToken.None);
        for (var k = 1; k < schedule.BatchCount; k++)
        {
            await Eventually.True(() => silo.Posts == k && clock.PendingTimers == 1, $"batch {k - 1} sent and the driver waiting for batch {k}");
            clock.Advance(TimeSpan.FromSeconds(0.1));
        }

        await Eventually.True(() => silo.Posts == 10, "all 10 batches sent although none was answered");
        Assert.Equal(10, driver.InFlight);
        clock.Advance(TimeSpan.FromSeconds(1.1)); // the grid answers everything at t = 2 s
        silo.Release();
        await running;

        var http = run.HttpLatency.Summary();
        Assert.Equal(10, http.Count);
        Assert.Equal(2000, http.Max, precision: 6);  // batch 0 was due at 0 s
        Assert.Equal(1500, http.P50, precision: 6); // nearest rank 5 of 1100..2000 ms
        Assert.Equal(100, run.Ledger.Acked);
    }

    [Fact]
    public async Task A_batch_without_202_is_retried_with_the_same_event_ids_and_the_error_is_counted()
    {
        var run = await RunWithFirstBatchAnswered(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable) { Headers = { RetryAfter = new(TimeSpan.FromSeconds(1)) } });

        Assert.Equal(new Dictionary<string, long> { ["http 503"] = 1 }, run.Errors.Snapshot());
        Assert.Equal((10L, 10L, 0L), (run.Ledger.Acked, run.Ledger.Duplicates, run.Ledger.Abandoned));
        Assert.Equal(1000, run.HttpLatency.Summary().Max, precision: 6);
        Assert.All(run.Ledger.Expected(), e => Assert.Equal(e.AtLeast, e.AtMost));
    }

    [Fact]
    public async Task A_503_without_Retry_After_is_counted_apart_from_the_grids_503_with_it()
    {
        var run = await RunWithFirstBatchAnswered(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));

        Assert.Equal(new Dictionary<string, long> { ["http 503 without Retry-After"] = 1 }, run.Errors.Snapshot());
        Assert.Equal(10L, run.Ledger.Acked);
    }

    [Fact]
    public async Task A_refused_batch_is_not_retried_and_cannot_be_expected_applied()
    {
        var silo = new FakeSilo { Answer = (_, _) => new HttpResponseMessage(HttpStatusCode.BadRequest) };
        var (driver, run, simulator) = Create(silo, new ManualTimeProvider());

        await driver.RunAsync(simulator, new OpenModelSchedule(10, TimeSpan.FromSeconds(0.5), 5), run, TimeSpan.Zero, CancellationToken.None);

        Assert.Equal(1, silo.Posts);
        Assert.Equal(5, run.Ledger.Rejected);
        Assert.All(run.Ledger.Expected(), e => Assert.Equal((0L, 0L), (e.AtLeast, e.AtMost)));
    }

    [Fact]
    public void A_target_that_refused_connections_is_skipped_until_its_backoff_ends()
    {
        var clock = new ManualTimeProvider();
        var b = new Uri("http://silo-b");
        var pool = new TargetPool([_silo, b], clock);

        pool.MarkDown(_silo);

        Assert.All(Enumerable.Range(0, 4), _ => Assert.Equal(b, pool.Next()));
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Contains(_silo, Enumerable.Range(0, 2).Select(_ => pool.Next()));
    }

    /// <summary>10 events in one second; the first batch is answered <paramref name="first"/>, then every batch 202 after the one-second wait.</summary>
    private static async Task<RunRecorder> RunWithFirstBatchAnswered(HttpResponseMessage first)
    {
        var clock = new ManualTimeProvider();
        var silo = new FakeSilo { Answer = (n, size) => n == 1 ? first : FakeSilo.Accepted(0, size) };
        var (driver, run, simulator) = Create(silo, clock);

        var running = driver.RunAsync(simulator, new OpenModelSchedule(10, TimeSpan.FromSeconds(1), 10), run, TimeSpan.FromSeconds(5), CancellationToken.None);
        await Eventually.True(() => silo.Posts == 1 && clock.PendingTimers == 1, "the 503 and the wait before the retry");
        clock.Advance(TimeSpan.FromSeconds(1));
        await running;
        return run;
    }

    private static (LoadDriver Driver, RunRecorder Run, JourneySimulator Simulator) Create(FakeSilo silo, ManualTimeProvider clock)
    {
        var http = new HttpClient(silo);
        var run = new RunRecorder("t1", clock);
        var simulator = new JourneySimulator(DemoChain.Load(), new JourneyOptions { Customers = 20, CustomerPrefix = run.CustomerPrefix }, 7, run.RunId);
        return (new LoadDriver(new TouchpointSender(http, "key"), new TargetPool([_silo], clock), clock), run, simulator);
    }
}
