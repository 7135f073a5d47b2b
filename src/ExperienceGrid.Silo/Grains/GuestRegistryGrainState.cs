namespace ExperienceGrid.Silo.Grains;

/// <summary>The persisted state of a guest registry shard.</summary>
[GenerateSerializer, Alias("Silo.GuestRegistryGrainState")]
public sealed class GuestRegistryGrainState
{
    /// <summary>When each registered guest is due to be woken.</summary>
    [Id(0)]
    public Dictionary<string, DateTimeOffset> Due { get; set; } = [];
}
