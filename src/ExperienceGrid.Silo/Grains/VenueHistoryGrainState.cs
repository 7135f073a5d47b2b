using ExperienceGrid.Domain.Venues;

namespace ExperienceGrid.Silo.Grains;

/// <summary>The persisted state of a venue history grain.</summary>
[GenerateSerializer, Alias("Silo.VenueHistoryGrainState")]
public sealed class VenueHistoryGrainState
{
    /// <summary>Moments by touchpoint kind per hour of event time (Unix hours), for the newest eight days.</summary>
    [Id(0)]
    public Dictionary<long, Dictionary<string, MomentCounts>> Hours { get; set; } = [];

    /// <summary>Ids of the hand-overs added to the kept hours, so one delivered again is added once.</summary>
    [Id(1)]
    public HashSet<string> MessageIds { get; set; } = [];
}
