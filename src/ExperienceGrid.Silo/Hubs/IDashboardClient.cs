using ExperienceGrid.Silo.Apis;
using Microsoft.AspNetCore.SignalR;

namespace ExperienceGrid.Silo.Hubs;

/// <summary>What the dashboard hub pushes, throttled (see <see cref="DashboardOptions"/>).</summary>
public interface IDashboardClient
{
    /// <summary>A venue's tile changed: its live numbers and moments by touchpoint (without its trend, which travels summed in <c>chainUpdated</c>).</summary>
    [HubMethodName("venueUpdated")]
    Task VenueUpdated(VenueSummary venue);

    /// <summary>Totals and the trend of the last hour of the chain (or the region).</summary>
    [HubMethodName("chainUpdated")]
    Task ChainUpdated(ChainSummary chain);

    /// <summary>A visit ended with unrecovered misery: for the chain's care team.</summary>
    [HubMethodName("followUpTask")]
    Task FollowUpTask(FollowUpView task);
}
