using ExperienceGrid.Domain.Configuration;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Hubs;

/// <summary>
/// Throttled dashboard push: venue views published by venue grains are only remembered; every
/// <see cref="DashboardOptions.VenueUpdateInterval"/> each changed venue is sent once with its latest numbers,
/// and every <see cref="DashboardOptions.ChainUpdateInterval"/> the chain, region and venue totals, so the message rate
/// per dashboard is bounded by the number of venues, not by the event rate. Each silo pushes the venues whose grains
/// it hosts; the totals come from one silo only (the active one with the lowest address), which
/// reads every venue's view from its grain.
/// </summary>
public sealed partial class DashboardPush(
    IHubContext<DashboardHub, IDashboardClient> hub,
    DashboardState state,
    ChainConfig chain,
    IClusterMembershipService membership,
    ILocalSiloDetails silo,
    IOptions<DashboardOptions> options,
    TimeProvider time,
    ILogger<DashboardPush> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        var lastChain = time.GetTimestamp();
        using var timer = new PeriodicTimer(settings.VenueUpdateInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await PushVenuesAsync();
                await PushFollowUpsAsync();
                if (time.GetElapsedTime(lastChain) >= settings.ChainUpdateInterval - (settings.VenueUpdateInterval / 2) && state.TakeChainChanged() && PushesChainTotals())
                {
                    lastChain = time.GetTimestamp();
                    await PushChainAsync();
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogPushFailed(logger, e);
            }
        }
    }

    private async Task PushVenuesAsync()
    {
        foreach (var view in state.TakeChanged())
        {
            if (chain.TryGetVenue(view.VenueId, out var venue))
            {
                var tile = ChainSummaries.Tile(new(venue.Id, venue.Name, venue.RegionId, venue.BrandId, view));
                await hub.Clients.Groups(DashboardGroups.Seeing(venue)).VenueUpdated(tile);
            }
        }
    }

    private bool PushesChainTotals() =>
        membership.CurrentSnapshot.Members.Values.Where(m => m.Status == SiloStatus.Active).MinBy(m => m.SiloAddress.ToString())?.SiloAddress.Equals(silo.SiloAddress) != false;

    private async Task PushChainAsync()
    {
        var all = await state.SummariesAsync(chain.Venues.Select(v => v.Id));
        await hub.Clients.Group(DashboardGroups.Chain).ChainUpdated(ChainSummaries.Of("chain", all, chain));
        foreach (var region in all.GroupBy(v => v.RegionId))
        {
            await hub.Clients.Group(DashboardGroups.Region(region.Key)).ChainUpdated(ChainSummaries.Of($"region:{region.Key}", [.. region], chain));
        }

        // Venue managers and staff: their venue's totals and moments per minute.
        foreach (var venue in all)
        {
            await hub.Clients.Group(DashboardGroups.Venue(venue.VenueId)).ChainUpdated(ChainSummaries.Of($"venue:{venue.VenueId}", [venue], chain));
        }
    }

    private async Task PushFollowUpsAsync()
    {
        foreach (var followUp in state.TakeFollowUps())
        {
            if (chain.TryGetVenue(followUp.VenueId, out var venue))
            {
                var audience = hub.Clients.Groups(DashboardGroups.Seeing(venue));
                await (followUp.DoneAt is null ? audience.FollowUpTask(followUp) : audience.FollowUpDone(followUp));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pushing dashboard updates failed; retrying on the next tick")]
    private static partial void LogPushFailed(ILogger logger, Exception exception);
}
