using ExperienceGrid.Contracts;

namespace ExperienceGrid.Silo.Grains;

/// <summary>The persisted state of a venue history grain.</summary>
public sealed class VenueHistoryGrainState
{
    /// <summary>Moments by touchpoint kind per hour of event time (Unix hours), for the newest eight days.</summary>
    public Dictionary<long, Dictionary<string, MomentCounts>> Hours { get; set; } = [];
}
