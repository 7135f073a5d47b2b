using ExperienceGrid.Silo.Apis;
using Microsoft.AspNetCore.SignalR;

namespace ExperienceGrid.Silo.Hubs;

/// <summary>What the dashboard hub pushes, throttled (see <see cref="DashboardOptions"/>).</summary>
public interface IDashboardClient
{
    /// <summary>A venue's tile changed (without its trend and heatmap row, which travel in <c>chainUpdated</c>).</summary>
    [HubMethodName("venueUpdated")]
    Task VenueUpdated(VenueSummary venue);

    /// <summary>Totals, the trend of the last hour and the misery heatmap of the chain (or the region).</summary>
    [HubMethodName("chainUpdated")]
    Task ChainUpdated(ChainSummary chain);

    /// <summary>A visit ended with unrecovered misery: for the chain's care team.</summary>
    [HubMethodName("followUpTask")]
    Task FollowUpTask(FollowUpView task);
}
