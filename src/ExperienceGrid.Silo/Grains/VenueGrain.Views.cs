namespace ExperienceGrid.Silo.Grains;

/// <summary>
/// The venue view is published at most once per <see cref="Hubs.DashboardOptions.VenueUpdateInterval"/>: a busy
/// venue changes on every delivery, but dashboards (and, in a cluster, the backplane) only need its latest numbers
/// a few times a second. A one-shot grain timer publishes the last change of a burst.
/// </summary>
public sealed partial class VenueGrain
{
    private DateTimeOffset _viewPublishedAt = DateTimeOffset.MinValue;
    private IGrainTimer? _pendingView;

    private void PublishView()
    {
        var wait = _viewPublishedAt + dashboard.Value.VenueUpdateInterval - time.GetUtcNow();
        if (wait <= TimeSpan.Zero)
        {
            PublishViewNow();
        }
        else
        {
            _pendingView ??= this.RegisterGrainTimer(_ =>
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
        _viewPublishedAt = time.GetUtcNow();
        dashboards.Update(View());
    }
}
