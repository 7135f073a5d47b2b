using ExperienceGrid.Contracts;

namespace ExperienceGrid.Silo.Grains;

/// <summary>
/// The venue view is published at most once per <see cref="Hubs.DashboardOptions.VenueUpdateInterval"/>: a busy
/// venue changes on every activity, but dashboards (and, in a cluster, the backplane) only need its latest numbers
/// a few times a second. A one-shot grain timer publishes the last change of a burst.
/// </summary>
public sealed partial class VenueGrain
{
    private DateTimeOffset _viewPublishedAt = DateTimeOffset.MinValue;
    private IDisposable? _pendingView;

    private void PublishView()
    {
        var interval = dashboard.Value.VenueUpdateInterval;
        var wait = _viewPublishedAt + interval - TimeProvider.GetUtcNow();
        if (wait <= TimeSpan.Zero)
        {
            PublishViewNow();
        }
        else
        {
            _pendingView ??= RegisterTimer(_ =>
            {
                PublishViewNow();
                return Task.CompletedTask;
            }, wait, Timeout.InfiniteTimeSpan);
        }
    }

    private void PublishViewNow()
    {
        _pendingView?.Dispose();
        _pendingView = null;
        _viewPublishedAt = TimeProvider.GetUtcNow();
        Publish<VenueView>(View());
    }
}
