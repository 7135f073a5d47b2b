namespace ExperienceGrid.Silo.Telemetry;

/// <summary>Who may read the Prometheus scrape endpoint besides operators and chain managers, bound from "Metrics".</summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>
    /// Keys a scraper presents as <c>Authorization: Bearer {key}</c> on <c>/metrics</c> (Prometheus:
    /// <c>authorization.credentials</c> in its scrape config), each at least 16 characters. They open nothing else.
    /// Default none: only an operator's or chain manager's token reads the metrics.
    /// </summary>
    public List<string> ScrapeKeys { get; set; } = [];
}
