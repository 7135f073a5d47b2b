using ExperienceGrid.Domain.Venues;

namespace ExperienceGrid.Silo.Grains;

/// <summary>The persisted state of a venue's day of history.</summary>
[GenerateSerializer, Alias("Silo.VenueDayGrainState")]
public sealed class VenueDayGrainState
{
    /// <summary>The sequence of the latest minute added: one sent again is skipped.</summary>
    [Id(0)]
    public long LastSequence { get; set; }

    /// <summary>Minutes (Unix minutes) without their breakdowns, which hours keep.</summary>
    [Id(1)]
    public Dictionary<long, VenueTally> Minutes { get; set; } = [];

    /// <summary>Hours, keyed by their first Unix minute.</summary>
    [Id(2)]
    public Dictionary<long, VenueTally> Hours { get; set; } = [];
}
