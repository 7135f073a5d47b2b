using ExperienceGrid.Domain.Venues;
using ExperienceGrid.Silo.Chain;
using Microsoft.AspNetCore.SignalR;

namespace ExperienceGrid.Silo.Hubs;

/// <summary>What the dashboard hub pushes, throttled (see <see cref="Grid.DashboardOptions"/>).</summary>
public interface IDashboardClient
{
    /// <summary>A venue's tile changed: its live numbers and moments by touchpoint (without its trend, which travels summed in <c>chainUpdated</c>).</summary>
    [HubMethodName("venueUpdated")]
    Task VenueUpdated(VenueSummary venue);

    /// <summary>Totals and the trend of the last hour of the chain (or the region, or one venue).</summary>
    [HubMethodName("chainUpdated")]
    Task ChainUpdated(ChainSummary chain);

    /// <summary>A venue kept a new follow-up or WOW opportunity (<see cref="FollowUp.Kind"/>).</summary>
    [HubMethodName("followUpTask")]
    Task FollowUpTask(FollowUp followUp);

    /// <summary>Someone marked a follow-up done: other screens drop it.</summary>
    [HubMethodName("followUpDone")]
    Task FollowUpDone(FollowUp followUp);
}
