using ExperienceGrid.Domain.Venues;

namespace ExperienceGrid.Silo.Grains;

/// <summary>
/// The grains' one road to people: the floor staff's and the dashboards' live feed, implemented by the hub layer.
/// Not awaited, so a grain's turn never waits on a browser; what a page misses it reads again when it (re)joins.
/// </summary>
public interface IVenueFeed
{
    /// <summary>
    /// Tells the floor and the dashboards what changed at <paramref name="venueId"/>: alerts, nudges, follow-ups and WOW
    /// opportunities as they change; the venue's numbers (<see cref="CountsChanged"/>) at most once per update interval.
    /// </summary>
    void Publish(string venueId, IReadOnlyList<VenueChange> changes);
}
