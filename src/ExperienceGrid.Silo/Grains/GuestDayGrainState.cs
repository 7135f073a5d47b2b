namespace ExperienceGrid.Silo.Grains;

/// <summary>The persisted state of a retention bucket: the ids of the guests last seen on its day (and shard).</summary>
[GenerateSerializer, Alias("Silo.GuestDayGrainState")]
public sealed class GuestDayGrainState
{
    [Id(0)]
    public HashSet<string> CustomerIds { get; set; } = [];
}
