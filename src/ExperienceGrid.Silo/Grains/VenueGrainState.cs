using ExperienceGrid.Contracts;
using ExperienceGrid.Domain;

namespace ExperienceGrid.Silo.Grains;

/// <summary>The persisted state of a venue grain.</summary>
[GenerateSerializer, Alias("Silo.VenueGrainState")]
public sealed class VenueGrainState
{
    /// <summary>Guests in an open visit here, with their latest visit score (null before the first moment).</summary>
    [Id(0)]
    public Dictionary<string, double?> OpenVisits { get; set; } = [];

    /// <summary>The current alert of each customer's open visit, open or resolved: one open alert per customer visit.</summary>
    [Id(1)]
    public Dictionary<string, FloorAlert> FloorAlerts { get; set; } = [];

    /// <summary>Visit score when each open visit was first alerted: recovery succeeds when the visit ends above it.</summary>
    [Id(2)]
    public Dictionary<string, double> AlertedVisits { get; set; } = [];

    /// <summary>The nudge of each guest this venue put on the floor, until it closes: open or answered.</summary>
    [Id(3)]
    public Dictionary<string, FloorNudge> Nudges { get; set; } = [];

    /// <summary>Nudges put on the floor.</summary>
    [Id(4)]
    public long NudgesRaised { get; set; }

    /// <summary>Nudges put on the floor that closed.</summary>
    [Id(5)]
    public long NudgesClosed { get; set; }

    /// <summary>Closed nudges answered in time whose wait never became misery.</summary>
    [Id(6)]
    public long MiseriesPrevented { get; set; }

    /// <summary>Moment counts per minute of event time, kept for the last hour.</summary>
    [Id(7)]
    public List<MinuteCounts> Minutes { get; set; } = [];

    /// <summary>The latest hour of event time (Unix hours) with moments; earlier hours went to the venue's history.</summary>
    [Id(8)]
    public long? Hour { get; set; }

    /// <summary>Messages sent to the venue's history: numbers their ids.</summary>
    [Id(9)]
    public long HoursSent { get; set; }

    /// <summary>The last alert sequence number; alert ids are "{venueId}:{sequence}".</summary>
    [Id(10)]
    public long AlertSequence { get; set; }

    /// <summary>Visits that were alerted.</summary>
    [Id(11)]
    public long AtRiskTotal { get; set; }

    /// <summary>Alerted visits that ended better than they stood at the alert.</summary>
    [Id(12)]
    public long RecoveredTotal { get; set; }

    /// <summary>Alerted visits that ended.</summary>
    [Id(13)]
    public long AlertedVisitsEnded { get; set; }

    [Id(14)]
    public long ClaimedTotal { get; set; }

    [Id(15)]
    public double ClaimSecondsTotal { get; set; }

    [Id(16)]
    public long EscalatedTotal { get; set; }

    /// <summary>The latest delivery applied from each customer: a delivery sent again is skipped.</summary>
    [Id(17)]
    public Dictionary<string, CustomerMark> Deliveries { get; set; } = [];

    /// <summary>Finished hours not yet taken by the venue's history grain.</summary>
    [Id(18)]
    public List<HourMoments> PendingHours { get; set; } = [];

    /// <summary>Recovery touchpoints of resolved alerts not yet recorded by their customers.</summary>
    [Id(19)]
    public List<Touchpoint> PendingRecoveries { get; set; } = [];

    /// <summary>Follow-ups and WOW opportunities not yet done, oldest first: the latest <see cref="VenueGrain.MaxOpenFollowUps"/>.</summary>
    [Id(20)]
    public List<FollowUp> FollowUps { get; set; } = [];

    /// <summary>The last follow-up sequence number; follow-up ids are "{venueId}:{sequence}".</summary>
    [Id(21)]
    public long FollowUpSequence { get; set; }
}
