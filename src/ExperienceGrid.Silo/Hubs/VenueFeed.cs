using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Domain.Venues;
using ExperienceGrid.Silo.Grains;
using ExperienceGrid.Silo.Grid;
using ExperienceGrid.Silo.Telemetry;
using Microsoft.AspNetCore.SignalR;

namespace ExperienceGrid.Silo.Hubs;

/// <summary>
/// The venue grains' feed, through this silo's hub contexts (and, in a cluster, the backplane): alerts, nudges and WOW
/// opportunities to the floor groups, thank-yous to the staff member earning them, follow-ups (overdue ones too) to
/// the dashboards, as they change. A venue's new numbers are only
/// noted: <see cref="DashboardPush"/> sends each changed venue's latest view once per update interval, the one
/// throttle of dashboard updates. Sends are not awaited; a failed one is logged, and pages catch up when they (re)join.
/// </summary>
public sealed partial class VenueFeed(
    IHubContext<FloorHub, IFloorClient> floor,
    IHubContext<DashboardHub, IDashboardClient> dashboards,
    ChainConfig chain,
    GridRates rates,
    ILogger<VenueFeed> logger) : IVenueFeed
{
    private readonly Lock _lock = new();
    private HashSet<string> _changedVenues = new(StringComparer.Ordinal);

    public void Publish(string venueId, IReadOnlyList<VenueChange> changes)
    {
        foreach (var change in changes)
        {
            switch (change)
            {
                case AlertChanged alert:
                    Send(alert);
                    break;
                case NudgeChanged nudge:
                    Send(nudge.Nudge);
                    break;
                case FollowUpChanged followUp:
                    Send(followUp.FollowUp);
                    break;
                case StaffRecognized recognized:
                    var thanks = recognized.Recognition;
                    Observe(floor.Clients.Group(FloorGroups.Person(thanks.VenueId, thanks.StaffId)).Recognized(thanks), "recognition");
                    break;
                case CountsChanged:
                    lock (_lock)
                    {
                        _changedVenues.Add(venueId);
                    }

                    break;
            }
        }
    }

    /// <summary>The venues whose numbers changed since the last call.</summary>
    public IReadOnlyCollection<string> TakeChangedVenues()
    {
        lock (_lock)
        {
            var changed = _changedVenues;
            _changedVenues = new(StringComparer.Ordinal);
            return changed;
        }
    }

    private void Send(AlertChanged changed)
    {
        var (alert, change) = (changed.Alert, changed.Change);
        var audience = floor.Clients.Groups(FloorGroups.Audience(chain, alert.VenueId, alert.Zone));
        Observe(rates.TimePush(() => GridTracing.Push($"{nameof(FloorHub)} alert {change}", alert.VenueId, () => change switch
        {
            AlertChange.Raised => audience.AlertRaised(alert),
            AlertChange.Closed => audience.AlertClosed(alert),
            AlertChange.Escalated => Task.WhenAll(audience.AlertUpdated(alert), floor.Clients.Group(FloorGroups.Managers(alert.VenueId)).AlertEscalated(alert)),
            _ => audience.AlertUpdated(alert),
        }), changed.AcceptedAt), "alert");
    }

    private void Send(FloorNudge nudge)
    {
        var audience = floor.Clients.Groups(FloorGroups.Audience(chain, nudge.VenueId, nudge.Zone));
        Observe(nudge.Status == NudgeStatus.Open ? audience.NudgeRaised(nudge) : audience.NudgeClosed(nudge), "nudge");
    }

    private void Send(FollowUp followUp)
    {
        if (!chain.TryGetVenue(followUp.VenueId, out var venue))
        {
            return;
        }

        var audience = dashboards.Clients.Groups(DashboardGroups.Seeing(venue));
        Observe(followUp.DoneAt is null ? audience.FollowUpTask(followUp) : audience.FollowUpDone(followUp), "follow-up");
        if (followUp is { Kind: FollowUp.Wow, DoneAt: null })
        {
            var wow = WowView.Of(followUp);
            Observe(floor.Clients.Groups(FloorGroups.Audience(chain, wow.VenueId, wow.Zone)).WowOpportunity(wow), "WOW opportunity");
        }
    }

    private void Observe(Task send, string what)
    {
        if (!send.IsCompletedSuccessfully)
        {
            send.ContinueWith(t => LogPushFailed(logger, t.Exception!, what), CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pushing a {Notification} failed")]
    private static partial void LogPushFailed(ILogger logger, Exception exception, string notification);
}
