using ExperienceGrid.Domain.Venues;

namespace ExperienceGrid.Contracts;

/// <summary>
/// A venue's moments by touchpoint kind per hour of event time, kept for eight days, keyed by venue id: the
/// week-ago baseline of the journey map. Kept apart from <see cref="IVenueGrain"/>, whose state changes on
/// almost every event, so the week of history is written only when an hour is added.
/// </summary>
[Alias("ExperienceGrid.IVenueHistoryGrain")]
public interface IVenueHistoryGrain : IGrainWithStringKey
{
    /// <summary>Adds counts to an hour (a finished hour, or moments that arrived late for it) once per message id.</summary>
    [Alias("Add")]
    Task Add(HourMoments hour);

    /// <summary>The counts by touchpoint kind of the hour containing <paramref name="at"/>, or null when that hour has none.</summary>
    [Alias("GetHour"), ReadOnly]
    Task<IReadOnlyDictionary<string, MomentCounts>?> GetHour(DateTimeOffset at);
}
