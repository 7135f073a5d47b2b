namespace ExperienceGrid.Silo.Ingestion;

/// <summary>Options of touchpoint ingestion, bound from the "Ingestion" section.</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Keys accepted in the X-Api-Key header. Empty (the default) refuses every ingestion.</summary>
    public string[] ApiKeys { get; set; } = [];

    /// <summary>The largest request body accepted, in bytes; larger gets 413. Default 4 MiB.</summary>
    public long MaxBodyBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>The most touchpoints in one request; more gets 413. Default 10,000.</summary>
    public int MaxBatchSize { get; set; } = 10_000;
}
