using ExperienceGrid.Contracts;
using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Silo.Alerts;
using Microsoft.AspNetCore.SignalR;

namespace ExperienceGrid.Silo.Hubs;

/// <summary>
/// Pushes alert and nudge changes and WOW opportunities from the grains to the floor hub's groups, through the
/// co-hosted silo's hub context. Grains do not wait for delivery: a failed push is logged; the floor page catches
/// up from the venue grain when it (re)joins.
/// </summary>
public sealed partial class FloorPush(IHubContext<FloorHub, IFloorClient> hub, ChainConfig chain, ILogger<FloorPush> logger)
{
    public void AlertChanged(FloorAlert alert, AlertChange change)
    {
        var audience = hub.Clients.Groups(FloorGroups.Audience(chain, alert.VenueId, alert.Zone));
        Observe(change switch
        {
            AlertChange.Raised => audience.AlertRaised(alert),
            AlertChange.Updated => audience.AlertUpdated(alert),
            AlertChange.Closed => audience.AlertClosed(alert),
            _ => Task.WhenAll(audience.AlertUpdated(alert), hub.Clients.Group(FloorGroups.Managers(alert.VenueId)).AlertEscalated(alert)),
        }, "alert");
    }

    public void NudgeChanged(FloorNudge nudge)
    {
        var floor = hub.Clients.Groups(FloorGroups.Audience(chain, nudge.VenueId, nudge.Zone));
        Observe(nudge.Status == NudgeStatus.Open ? floor.NudgeRaised(nudge) : floor.NudgeClosed(nudge), "nudge");
    }

    public void Wow(WowView wow) =>
        Observe(hub.Clients.Groups(FloorGroups.Audience(chain, wow.VenueId, wow.Zone)).WowOpportunity(wow), "WOW opportunity");

    private void Observe(Task send, string what)
    {
        if (!send.IsCompletedSuccessfully)
        {
            send.ContinueWith(t => LogPushFailed(logger, t.Exception!, what), CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pushing a {Notification} to the floor failed")]
    private static partial void LogPushFailed(ILogger logger, Exception exception, string notification);
}
