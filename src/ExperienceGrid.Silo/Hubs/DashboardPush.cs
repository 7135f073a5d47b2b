using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Silo.Chain;
using ExperienceGrid.Silo.Grid;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Hubs;

/// <summary>
/// Throttled dashboard push, the one throttle of dashboard updates: every <see cref="DashboardOptions.VenueUpdateInterval"/>
/// each venue that <see cref="VenueFeed"/> noted as changed is read from its grain and sent once with its latest
/// numbers, and every <see cref="DashboardOptions.ChainUpdateInterval"/> the chain, region and venue totals, so the
/// message rate per dashboard is bounded by the number of venues, not by the event rate. Each silo pushes the venues
/// whose grains it hosts; the totals come from one silo only (the active one with the lowest address), which reads
/// every venue's view from its grain.
/// </summary>
public sealed partial class DashboardPush(
    IHubContext<DashboardHub, IDashboardClient> hub,
    VenueFeed feed,
    IGrainFactory grains,
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
        var chainChanged = false;
        using var timer = new PeriodicTimer(settings.VenueUpdateInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                chainChanged |= await PushVenuesAsync();
                if (chainChanged && time.GetElapsedTime(lastChain) >= settings.ChainUpdateInterval - (settings.VenueUpdateInterval / 2) && PushesChainTotals())
                {
                    lastChain = time.GetTimestamp();
                    chainChanged = false;
                    await PushChainAsync();
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogPushFailed(logger, e);
            }
        }
    }

    /// <returns>True when any venue changed.</returns>
    private async Task<bool> PushVenuesAsync()
    {
        var changed = feed.TakeChangedVenues();
        var venues = chain.Venues.Where(v => changed.Contains(v.Id)).ToList();
        foreach (var (venue, summary) in venues.Zip(await VenueSummary.ReadAsync(grains, venues)))
        {
            await hub.Clients.Groups(DashboardGroups.Seeing(venue)).VenueUpdated(ChainSummaries.Tile(summary));
        }

        return changed.Count > 0;
    }
    private bool PushesChainTotals() =>
        membership.CurrentSnapshot.Members.Values.Where(m => m.Status == SiloStatus.Active).MinBy(m => m.SiloAddress.ToString())?.SiloAddress.Equals(silo.SiloAddress) != false;

    private async Task PushChainAsync()
    {
        var all = await VenueSummary.ReadAsync(grains, chain.Venues);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pushing dashboard updates failed; retrying on the next tick")]
    private static partial void LogPushFailed(ILogger logger, Exception exception);
}
