using ExperienceGrid.Contracts;
using ExperienceGrid.Domain;
using ExperienceGrid.Domain.Venues;

namespace ExperienceGrid.Silo.Grains;

/// <summary>The persisted state of a customer grain.</summary>
[GenerateSerializer, Alias("Silo.CustomerGrainState")]
public sealed class CustomerGrainState
{
    /// <summary>The experience model's state; null until the first touchpoint.</summary>
    [Id(0)]
    public CustomerState? Customer { get; set; }

    /// <summary>The latest <c>displayName</c> (or <c>name</c>) attribute a touchpoint carried; null until one did.</summary>
    // Id 1 held the due time of the guest's "tick" reminder, which the guest registry replaced.
    [Id(2)]
    public string? DisplayName { get; set; }

    /// <summary>Hashes (<see cref="Grid.EventIdHash"/>) of the latest event ids applied, oldest first.</summary>
    [Id(3)]
    public List<long> RecentEventIds { get; set; } = [];

    /// <summary>The sequence number of the latest venue delivery.</summary>
    [Id(4)]
    public long DeliverySequence { get; set; }

    /// <summary>What the venues have not durably taken yet: written with the touchpoints that caused it.</summary>
    [Id(5)]
    public List<VenueDelivery> Outbox { get; set; } = [];

    /// <summary>The latest ended visit per venue, newest first, bounded by <c>EndedVisits.Record</c>; empty in states written before it.</summary>
    [Id(6)]
    public List<EndedVisit> EndedVisits { get; set; } = [];

    /// <summary>
    /// The UTC day of the latest touchpoint (by its time); with retention on, that day's retention bucket holds the
    /// guest. Null until the first touchpoint (and in states written before it was kept).
    /// </summary>
    [Id(7)]
    public DateOnly? LastSeenDay { get; set; }
}
