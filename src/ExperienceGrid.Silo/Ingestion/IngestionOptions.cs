namespace ExperienceGrid.Silo.Ingestion;

/// <summary>Options of touchpoint ingestion, bound from the "Ingestion" section.</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Keys accepted in the X-Api-Key header for every venue. Default none.</summary>
    public string[] ApiKeys { get; set; } = [];

    /// <summary>Keys that may post only for the venues they name (a venue's point of sale). Default none.</summary>
    public List<VenueKey> VenueKeys { get; set; } = [];

    /// <summary>The largest request body accepted, in bytes; larger gets 413. Default 4 MiB.</summary>
    public long MaxBodyBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>The most touchpoints in one request; more gets 413. Default 10,000.</summary>
    public int MaxBatchSize { get; set; } = 10_000;

    /// <summary>
    /// Requests one key may make per <see cref="RequestWindow"/>; more get 429 with Retry-After. Default 1,000 (a
    /// load run at 10,000 events/s in batches of 50 makes 200 a second).
    /// </summary>
    public int RequestsPerKey { get; set; } = 1_000;

    /// <summary>The window of <see cref="RequestsPerKey"/>. Default 1 second.</summary>
    public TimeSpan RequestWindow { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How old an event time may be. Default 8 days: the venues keep eight days of hourly history and the journey map
    /// compares with the same hour a week ago.
    /// </summary>
    public TimeSpan MaxEventAge { get; set; } = TimeSpan.FromDays(8);
}
