namespace ExperienceGrid.Silo.Grid;

/// <summary>Dashboard push throttling, bound from the "Dashboard" section.</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    /// <summary>At most one <c>venueUpdated</c> per venue per interval, with its latest numbers. Default 500 ms.</summary>
    public TimeSpan VenueUpdateInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>At most one <c>chainUpdated</c> per dashboard scope per interval. Default 1 second.</summary>
    public TimeSpan ChainUpdateInterval { get; set; } = TimeSpan.FromSeconds(1);
}
