using ExperienceGrid.Domain.Venues;
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

    /// <summary>A guest's wait nears misery; lower priority than any alert.</summary>
    [HubMethodName("nudgeRaised")]
    Task NudgeRaised(FloorNudge nudge);

    /// <summary>The nudge left the floor: answered by care, or closed with its outcome.</summary>
    [HubMethodName("nudgeClosed")]
    Task NudgeClosed(FloorNudge nudge);

    [HubMethodName("wowOpportunity")]
    Task WowOpportunity(WowView opportunity);

    /// <summary>A thank-you for the signed-in staff member (a WOW they created, a guest they recovered), sent to them only.</summary>
    [HubMethodName("recognized")]
    Task Recognized(Recognition recognition);
}
