using ExperienceGrid.Domain;
using ExperienceGrid.Domain.Venues;

namespace ExperienceGrid.Silo.Grains;

/// <summary>The persisted state of a venue grain: the venue model's state and the hand-overs not yet taken.</summary>
[GenerateSerializer, Alias("Silo.VenueGrainState")]
public sealed class VenueGrainState
{
    /// <summary>The venue as its model knows it (null before anything was written).</summary>
    [Id(22)]
    public VenueState? Venue { get; set; }

    /// <summary>Finished minutes not yet taken by the venue's day of history.</summary>
    [Id(23)]
    public List<HistoryMinute> PendingMinutes { get; set; } = [];

    /// <summary>Recovery touchpoints of resolved alerts not yet recorded by their customers.</summary>
    [Id(19)]
    public List<Touchpoint> PendingRecoveries { get; set; } = [];
}
