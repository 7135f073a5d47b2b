namespace ExperienceGrid.Silo.Ingestion;

/// <summary>An ingestion key under <c>Ingestion:VenueKeys</c>: it may post touchpoints only for <see cref="Venues"/>.</summary>
public sealed class VenueKey
{
    public string Key { get; set; } = "";

    /// <summary>Venue ids of the chain; at least one.</summary>
    public List<string> Venues { get; set; } = [];
}
