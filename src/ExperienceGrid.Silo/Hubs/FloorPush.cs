using System.Threading.Channels;
using ExperienceGrid.Contracts;
using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Runtime;
using ExperienceGrid.Silo.Alerts;
using Microsoft.AspNetCore.SignalR;

namespace ExperienceGrid.Silo.Hubs;

/// <summary>
/// Bridges committed grain notifications (alert and nudge changes, WOW opportunities) to the floor hub's groups.
/// Notification handlers run on the partition consumer, so they only enqueue; one loop sends, in order.
/// </summary>
public sealed partial class FloorPush(
    INotificationBus bus,
    IHubContext<FloorHub, IFloorClient> hub,
    ChainConfig chain,
    ILogger<FloorPush> logger) : BackgroundService
{
    private readonly Channel<object> _queue = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var alerts = bus.Subscribe<FloorAlertChanged>(Enqueue);
        using var wows = bus.Subscribe<WowView>(Enqueue);
        using var nudges = bus.Subscribe<FloorNudgeChanged>(Enqueue);
        await foreach (var item in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await SendAsync(item);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogPushFailed(logger, e, item.GetType().Name);
            }
        }
    }

    private ValueTask Enqueue<T>(T item, CancellationToken ct) where T : notnull
    {
        _queue.Writer.TryWrite(item);
        return ValueTask.CompletedTask;
    }

    private Task SendAsync(object item)
    {
        switch (item)
        {
            case FloorAlertChanged { Alert: var alert, Change: var change }:
                var audience = hub.Clients.Groups(FloorGroups.Audience(chain, alert.VenueId, alert.Zone));
                return change switch
                {
                    AlertChange.Raised => audience.AlertRaised(alert),
                    AlertChange.Updated => audience.AlertUpdated(alert),
                    AlertChange.Closed => audience.AlertClosed(alert),
                    _ => Task.WhenAll(audience.AlertUpdated(alert), hub.Clients.Group(FloorGroups.Managers(alert.VenueId)).AlertEscalated(alert)),
                };
            case FloorNudgeChanged { Nudge: var nudge }:
                var floor = hub.Clients.Groups(FloorGroups.Audience(chain, nudge.VenueId, nudge.Zone));
                return nudge.Status == NudgeStatus.Open ? floor.NudgeRaised(nudge) : floor.NudgeClosed(nudge);
            case WowView wow:
                return hub.Clients.Groups(FloorGroups.Audience(chain, wow.VenueId, wow.Zone)).WowOpportunity(wow);
            default:
                return Task.CompletedTask;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pushing {Notification} to the floor failed")]
    private static partial void LogPushFailed(ILogger logger, Exception exception, string notification);
}
