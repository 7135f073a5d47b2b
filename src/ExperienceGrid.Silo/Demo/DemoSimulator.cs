using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Silo.Ingestion;
using ExperienceGrid.Simulation;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Demo;

/// <summary>
/// Feeds simulated guests into the customer grains at a steady rate, through the same durable path as
/// HTTP ingestion, so a newcomer sees scores move and at-risk guests appear.
/// </summary>
public sealed partial class DemoSimulator(
    IOptions<DemoOptions> options,
    ChainConfig chain,
    TouchpointIngestor ingestor,
    TimeProvider time,
    ILogger<DemoSimulator> logger) : BackgroundService
{
    private static readonly TimeSpan _tick = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan _reportEvery = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        var simulator = new JourneySimulator(
            chain,
            new JourneyOptions { Customers = settings.Customers, TroubleShare = settings.TroubleShare },
            seed: Environment.TickCount,
            runId: $"demo-{time.GetUtcNow():yyyyMMddHHmmss}");
        LogStarted(logger, settings.EventsPerSecond, settings.Customers, chain.Venues.Count);

        var started = time.GetTimestamp();
        var lastReport = started;
        long sent = 0;
        using var timer = new PeriodicTimer(_tick, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var due = (long)(time.GetElapsedTime(started).TotalSeconds * settings.EventsPerSecond) - sent;
            if (due <= 0)
            {
                continue;
            }

            var touchpoints = simulator.Next((int)Math.Min(due, 10_000), time.GetUtcNow());
            try
            {
                await ingestor.IngestAsync(touchpoints);
                sent += touchpoints.Count;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogIngestFailed(logger, e);
            }

            if (time.GetElapsedTime(lastReport) >= _reportEvery)
            {
                lastReport = time.GetTimestamp();
                LogProgress(logger, sent);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo simulator on: {Rate} touchpoints/s from {Customers} guests across {Venues} venues")]
    private static partial void LogStarted(ILogger logger, double rate, int customers, int venues);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo simulator has sent {Sent} touchpoints")]
    private static partial void LogProgress(ILogger logger, long sent);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo simulator could not store a batch; retrying on the next tick")]
    private static partial void LogIngestFailed(ILogger logger, Exception exception);
}
