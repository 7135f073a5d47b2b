using ExperienceGrid.Contracts;

namespace ExperienceGrid.Silo.Grains;

/// <summary>The persisted state of a venue grain.</summary>
public sealed class VenueGrainState
{
    /// <summary>Guests in an open visit here, with their latest visit score (null before the first moment).</summary>
    public Dictionary<string, double?> OpenVisits { get; set; } = [];

    /// <summary>Open at-risk guests by customer id: one alert per customer visit.</summary>
    public Dictionary<string, AlertView> Alerts { get; set; } = [];

    /// <summary>Moment counts per minute of event time, kept for the last hour.</summary>
    public List<MinuteCounts> Minutes { get; set; } = [];

    public long AtRiskTotal { get; set; }

    public long RecoveredTotal { get; set; }
}
