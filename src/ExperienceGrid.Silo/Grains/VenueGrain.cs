using ExperienceGrid.Contracts;
using ExperienceGrid.Domain;
using ExperienceGrid.Runtime;

namespace ExperienceGrid.Silo.Grains;

/// <summary>Keeps a venue's live aggregates from the activities its customers' grains send it.</summary>
public sealed class VenueGrain : Grain<VenueGrainState>, IVenueGrain
{
    private const int WindowMinutes = 60;

    public Task Apply(VenueActivity activity)
    {
        var customerId = activity.CustomerId;
        if (activity.VisitOpened || (activity.VisitScore is not null && !activity.VisitClosed))
        {
            State.OpenVisits[customerId] = activity.VisitScore ?? State.OpenVisits.GetValueOrDefault(customerId);
        }

        CountMoments(activity);

        if (activity.Alert is { } alert)
        {
            if (State.Alerts.TryAdd(customerId, alert))
            {
                State.AtRiskTotal++;
            }
            else
            {
                State.Alerts[customerId] = alert;
            }
        }
        else if (activity.AlertCleared && State.Alerts.Remove(customerId) && activity.Recovered)
        {
            State.RecoveredTotal++;
        }

        if (activity.VisitClosed)
        {
            State.OpenVisits.Remove(customerId);
            State.Alerts.Remove(customerId);
        }

        Publish(View());
        return Task.CompletedTask;
    }

    public Task<VenueView> GetView() => Task.FromResult(View());

    public Task<IReadOnlyList<AlertView>> GetOpenAlerts() =>
        Task.FromResult<IReadOnlyList<AlertView>>([.. State.Alerts.Values.OrderByDescending(a => a.Priority)]);

    private void CountMoments(VenueActivity activity)
    {
        if (activity.Moments is not { Count: > 0 } moments)
        {
            return;
        }

        var minute = activity.At.ToUnixTimeSeconds() / 60;
        var bucket = State.Minutes.Find(m => m.Minute == minute);
        if (bucket is null)
        {
            bucket = new MinuteCounts { Minute = minute };
            State.Minutes.Add(bucket);
            State.Minutes.RemoveAll(m => m.Minute <= minute - WindowMinutes);
        }

        foreach (var moment in moments)
        {
            _ = moment switch
            {
                MomentKind.Misery => bucket.Misery++,
                MomentKind.Mediocrity => bucket.Mediocrity++,
                _ => bucket.Wow++,
            };
        }
    }

    private VenueView View()
    {
        var nowMinute = TimeProvider.GetUtcNow().ToUnixTimeSeconds() / 60;
        var window = State.Minutes.Where(m => m.Minute > nowMinute - WindowMinutes && m.Minute <= nowMinute).ToList();
        var scores = State.OpenVisits.Values.OfType<double>().ToList();
        return new VenueView(
            GrainKey,
            State.OpenVisits.Count,
            scores.Count > 0 ? Math.Round(scores.Average(), 2) : null,
            new MomentCounts(window.Sum(m => m.Misery), window.Sum(m => m.Mediocrity), window.Sum(m => m.Wow)),
            State.Alerts.Count,
            State.AtRiskTotal,
            State.RecoveredTotal,
            State.AtRiskTotal > 0 ? Math.Round((double)State.RecoveredTotal / State.AtRiskTotal, 3) : null);
    }
}
