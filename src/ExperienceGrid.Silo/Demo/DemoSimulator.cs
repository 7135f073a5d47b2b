using ExperienceGrid.Contracts;
using ExperienceGrid.Domain;
using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Silo.Alerts;
using ExperienceGrid.Silo.Auth;
using ExperienceGrid.Silo.Ingestion;
using ExperienceGrid.Simulation;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Demo;

/// <summary>
/// Feeds simulated guests into the customer grains at a steady rate, through the same durable path as
/// HTTP ingestion, so a newcomer sees scores move and at-risk guests appear. Visits are paced in real time
/// (<see cref="DemoOptions.Pace"/>), so a guest at risk stays on the floor long enough for someone to act,
/// <see cref="DemoStaff"/> take a share of the alerts and <see cref="DemoManagers"/> close a share of the care follow-ups.
/// Each visit is served by the venue's demo floor user (<c>staff.{venueId}</c>) or by the simulated staff, whose ids the
/// staff's touchpoints carry: whoever signs in as the floor user is thanked for WOWs within the first minutes.
/// </summary>
public sealed partial class DemoSimulator(
    IOptions<DemoOptions> options,
    ChainConfig chain,
    TouchpointIngestor ingestor,
    IGrainFactory grains,
    AlertCommands commands,
    TimeProvider time,
    ILogger<DemoSimulator> logger) : BackgroundService
{
    private static readonly TimeSpan _tick = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan _reportEvery = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (settings.Enabled)
        {
            await Task.WhenAll(
                FeedGuestsAsync(settings, stoppingToken),
                new DemoStaff(settings, chain, grains, commands, time, logger).RunAsync(stoppingToken),
                new DemoManagers(settings, chain, grains, time, logger).RunAsync(stoppingToken));
        }
    }

    private async Task FeedGuestsAsync(DemoOptions settings, CancellationToken stoppingToken)
    {
        var journeys = new JourneyOptions
        {
            Customers = settings.Customers,
            TroubleShare = settings.TroubleShare,
            Pace = settings.Pace,
            GuestNames = true,
            Staff = venueId => [UserDirectory.DemoFloorUser(venueId), DemoStaff.User],
        };
        var runId = $"demo-{time.GetUtcNow():yyyyMMddHHmmss}";
        var simulator = new JourneySimulator(chain, journeys, seed: Environment.TickCount, runId);
        LogStarted(logger, settings.EventsPerSecond, settings.Customers, chain.Venues.Count, settings.Pace);
        await EndLeftoverVisitsAsync(journeys, runId);

        var started = time.GetTimestamp();
        var lastReport = started;
        long scheduled = 0, sent = 0;
        using var timer = new PeriodicTimer(_tick, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            var due = (long)(time.GetElapsedTime(started).TotalSeconds * settings.EventsPerSecond) - scheduled;
            if (due <= 0)
            {
                continue;
            }

            // Counted as scheduled even when the pool gives fewer (every guest mid-visit) or the batch fails:
            // a shortfall is not made up later in a burst.
            scheduled += due;
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

    /// <summary>
    /// Visits the demo left open when it last stopped would keep their alerts on the floor until the chain's inactivity
    /// timeout (hours): the guests have gone, so a restarted demo ends those visits first.
    /// </summary>
    private async Task EndLeftoverVisitsAsync(JourneyOptions journeys, string runId)
    {
        try
        {
            var guests = Enumerable.Range(0, journeys.Customers).Select(i => grains.GetGrain<ICustomerGrain>(journeys.CustomerId(i)).GetView());
            var now = time.GetUtcNow();
            var ends = (await Task.WhenAll(guests))
                .Where(g => g?.Visit is not null)
                .Select(g => new Touchpoint($"{runId}-left-{g!.CustomerId}", g.CustomerId, g.Visit!.VenueId, ChainConfigLoader.VisitEndKind, now))
                .ToList();
            if (ends.Count > 0)
            {
                await ingestor.IngestAsync(ends);
                LogLeftoverVisitsEnded(logger, ends.Count);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogIngestFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo: ended {Count} visits left open by an earlier run")]
    private static partial void LogLeftoverVisitsEnded(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo simulator on: {Rate} touchpoints/s from {Customers} guests across {Venues} venues, pace {Pace}")]
    private static partial void LogStarted(ILogger logger, double rate, int customers, int venues, double pace);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo simulator has sent {Sent} touchpoints")]
    private static partial void LogProgress(ILogger logger, long sent);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo simulator could not store a batch; it goes on with the next")]
    private static partial void LogIngestFailed(ILogger logger, Exception exception);
}
