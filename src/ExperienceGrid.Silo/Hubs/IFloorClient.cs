using ExperienceGrid.Contracts;
using Microsoft.AspNetCore.SignalR;

namespace ExperienceGrid.Silo.Hubs;

/// <summary>What the floor hub pushes to staff devices; each event has one argument.</summary>
public interface IFloorClient
{
    [HubMethodName("alertRaised")]
    Task AlertRaised(FloorAlert alert);

    [HubMethodName("alertUpdated")]
    Task AlertUpdated(FloorAlert alert);

    [HubMethodName("alertClosed")]
    Task AlertClosed(FloorAlert alert);

    /// <summary>To the venue's managers only: nobody claimed the alert within the claim timeout.</summary>
    [HubMethodName("alertEscalated")]
    Task AlertEscalated(FloorAlert alert);

    [HubMethodName("wowOpportunity")]
    Task WowOpportunity(WowView opportunity);
}
