namespace ExperienceGrid.Runtime.Hosting;

/// <summary>Options of the grid runtime, bound from the "Grid" configuration section.</summary>
public sealed class GridOptions
{
    /// <summary>The configuration section name: "Grid".</summary>
    public const string SectionName = "Grid";

    /// <summary>Folder of the embedded store's <c>grid.db</c>; created if missing. Default "./data".</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>
    /// Number of journal partitions (1–4096). Default 64. Fixed for the life of a store: a grain's partition is
    /// a stable hash of its key modulo this count.
    /// </summary>
    public int PartitionCount { get; set; } = 64;

    /// <summary>Clean activations idle this long are deactivated. Default 15 minutes.</summary>
    public TimeSpan IdleDeactivationAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Journal entries read and committed per page by a partition consumer (1–100,000). Default 1,000.</summary>
    public int PageSize { get; set; } = 1000;

    /// <summary>How often due reminders are polled. Default 1 second.</summary>
    public TimeSpan ReminderPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Fallback poll of a partition consumer when no in-process signal arrives (at most 1 minute). Default 1 second.
    /// </summary>
    public TimeSpan ConsumerPollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
