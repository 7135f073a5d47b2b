using ExperienceGrid.Contracts;

namespace ExperienceGrid.Silo.Grains;

/// <summary>The persisted state of a venue grain.</summary>
public sealed class VenueGrainState
{
    /// <summary>Guests in an open visit here, with their latest visit score (null before the first moment).</summary>
    public Dictionary<string, double?> OpenVisits { get; set; } = [];

    /// <summary>The current alert of each customer's open visit, open or resolved: one open alert per customer visit.</summary>
    public Dictionary<string, FloorAlert> FloorAlerts { get; set; } = [];

    /// <summary>Visit score when each open visit was first alerted: recovery succeeds when the visit ends above it.</summary>
    public Dictionary<string, double> AlertedVisits { get; set; } = [];

    /// <summary>The nudge of each guest this venue put on the floor, until it closes: open or answered.</summary>
    public Dictionary<string, FloorNudge> Nudges { get; set; } = [];

    /// <summary>Nudges put on the floor.</summary>
    public long NudgesRaised { get; set; }

    /// <summary>Nudges put on the floor that closed.</summary>
    public long NudgesClosed { get; set; }

    /// <summary>Closed nudges answered in time whose wait never became misery.</summary>
    public long MiseriesPrevented { get; set; }

    /// <summary>Moment counts per minute of event time, kept for the last hour.</summary>
    public List<MinuteCounts> Minutes { get; set; } = [];

    /// <summary>The latest hour of event time (Unix hours) with moments; earlier hours went to the venue's history.</summary>
    public long? Hour { get; set; }

    /// <summary>Messages sent to the venue's history: numbers their ids.</summary>
    public long HoursSent { get; set; }

    /// <summary>The last alert sequence number; alert ids are "{venueId}:{sequence}".</summary>
    public long AlertSequence { get; set; }

    /// <summary>Visits that were alerted.</summary>
    public long AtRiskTotal { get; set; }

    /// <summary>Alerted visits that ended better than they stood at the alert.</summary>
    public long RecoveredTotal { get; set; }

    /// <summary>Alerted visits that ended.</summary>
    public long AlertedVisitsEnded { get; set; }

    public long ClaimedTotal { get; set; }

    public double ClaimSecondsTotal { get; set; }

    public long EscalatedTotal { get; set; }
}
