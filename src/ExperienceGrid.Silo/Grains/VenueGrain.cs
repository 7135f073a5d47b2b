using ExperienceGrid.Contracts;
using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Silo.Alerts;
using ExperienceGrid.Silo.Grid;
using ExperienceGrid.Silo.Hubs;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Grains;

/// <summary>
/// Keeps a venue's live aggregates and its floor alerts from what its customers' grains deliver. Each delivery is
/// applied once (by the customer's sequence); the state is written at most once per
/// <see cref="GridOptions.VenueWriteInterval"/>, which is safe because customers deliver again whatever a venue has
/// not written. Staff commands are written before they answer. Alerts and nudges are pushed as they change.
/// </summary>
public sealed partial class VenueGrain(
    [PersistentState("venue", GridHostingExtensions.GrainStorage)] IPersistentState<VenueGrainState> state,
    IOptions<AlertOptions> options,
    IOptions<DashboardOptions> dashboard,
    IOptions<GridOptions> grid,
    ChainConfig chain,
    FloorPush floor,
    DashboardState dashboards,
    TimeProvider time,
    ILogger<VenueGrain> logger)
    : Grain, IVenueGrain, IRemindable
{
    private const int WindowMinutes = 60;

    private VenueGrainState State => state.State;

    private string GrainKey => this.GetPrimaryKeyString();

    public async Task<DeliveryAck> Apply(string customerId, long after, IReadOnlyList<VenueDelivery> deliveries)
    {
        var last = State.Deliveries.GetValueOrDefault(customerId)?.Sequence ?? 0;
        if (after > last)
        {
            return new DeliveryAck(last, WrittenSequence(customerId));
        }

        var applied = last;
        foreach (var delivery in deliveries)
        {
            if (delivery.Sequence > applied)
            {
                ApplyActivity(delivery.Activity);
                applied = delivery.Sequence;
            }
        }

        if (applied > last)
        {
            Changed(customerId, last);
            State.Deliveries[customerId] = new CustomerMark(applied, time.GetUtcNow());
            PublishView();
            await ApplyReminderChangesAsync();
        }

        return new DeliveryAck(applied, WrittenSequence(customerId));
    }

    private void ApplyActivity(VenueActivity activity)
    {
        var customerId = activity.CustomerId;
        if (activity.VisitClosed)
        {
            EndVisit(customerId, activity.VisitScore);
        }

        if (activity.VisitOpened || (activity.VisitScore is not null && !activity.VisitClosed))
        {
            State.OpenVisits[customerId] = activity.VisitScore ?? State.OpenVisits.GetValueOrDefault(customerId);
        }

        CountMoments(activity);

        if (activity.Alert is { } alert)
        {
            RaiseOrUpdate(alert);
        }
        else if (activity.AlertCleared && !activity.VisitClosed)
        {
            CloseAsRecovered(customerId);
        }

        if (activity.Nudges is { } nudges)
        {
            ApplyNudges(nudges);
        }

        if (activity.FollowUps is { } followUps)
        {
            Keep(followUps);
        }
    }

    public Task<VenueView> GetView() => Task.FromResult(View());

    public Task<IReadOnlyList<FloorAlert>> GetFloorAlerts() => Task.FromResult<IReadOnlyList<FloorAlert>>([.. OpenAlerts()]);

    public Task<FloorAlert?> GetAlert(string alertId) => Task.FromResult(FindAlert(alertId));

    private IEnumerable<FloorAlert> OpenAlerts() =>
        State.FloorAlerts.Values.Where(a => AlertStatus.IsOpen(a.Status)).OrderByDescending(a => a.Priority).ThenBy(a => a.RaisedAt);

    private FloorAlert? FindAlert(string alertId) => State.FloorAlerts.Values.FirstOrDefault(a => a.AlertId == alertId);

    private void CountMoments(VenueActivity activity)
    {
        if (activity.TouchpointMoments is not { Count: > 0 } moments)
        {
            return;
        }

        var minute = activity.At.ToUnixTimeSeconds() / 60;

        // Before a new minute prunes the window, so a finished hour is handed over whole.
        TrackHour(minute / 60, moments);
        var bucket = State.Minutes.Find(m => m.Minute == minute);
        if (bucket is null)
        {
            bucket = new MinuteCounts { Minute = minute };
            State.Minutes.Add(bucket);
            State.Minutes.RemoveAll(m => m.Minute <= minute - WindowMinutes);
        }

        foreach (var moment in moments)
        {
            bucket.Count(moment);
        }
    }

    private VenueView View()
    {
        var nowMinute = time.GetUtcNow().ToUnixTimeSeconds() / 60;
        var window = State.Minutes.Where(m => m.Minute > nowMinute - WindowMinutes && m.Minute <= nowMinute).OrderBy(m => m.Minute).ToList();
        var scores = State.OpenVisits.Values.OfType<double>().ToList();

        return new VenueView(
            GrainKey,
            State.OpenVisits.Count,
            scores.Count > 0 ? Math.Round(scores.Average(), 2) : null,
            new MomentCounts(window.Sum(m => m.Misery), window.Sum(m => m.Mediocrity), window.Sum(m => m.Wow)),
            State.FloorAlerts.Values.Count(a => AlertStatus.IsOpen(a.Status)),
            State.AtRiskTotal,
            State.RecoveredTotal,
            State.AlertedVisitsEnded > 0 ? Math.Round((double)State.RecoveredTotal / State.AlertedVisitsEnded, 3) : null,
            State.ClaimedTotal > 0 ? Math.Round(State.ClaimSecondsTotal / State.ClaimedTotal, 1) : null,
            State.EscalatedTotal,
            State.AlertedVisitsEnded,
            [.. window.Select(m => new MinuteMoments(m.Minute, m.Misery, m.Mediocrity, m.Wow))],
            MinuteCounts.ByTouchpoint(window),
            OpenNudges().Count(),
            State.NudgesRaised,
            State.MiseriesPrevented,
            State.NudgesClosed,
            State.NudgesClosed > 0 ? Math.Round((double)State.MiseriesPrevented / State.NudgesClosed, 3) : null);
    }
}
