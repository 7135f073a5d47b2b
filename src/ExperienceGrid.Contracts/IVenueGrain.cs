using ExperienceGrid.Domain.Venues;

namespace ExperienceGrid.Contracts;

/// <summary>Live aggregates of one venue and its floor alerts, keyed by venue id.</summary>
[Alias("ExperienceGrid.IVenueGrain")]
public interface IVenueGrain : IGrainWithStringKey
{
    /// <summary>
    /// Applies each customer's deliveries in turn (<see cref="VenueApply"/>; many customers per call, so a busy venue
    /// takes its floor's events in few turns) and answers, in the same order, what it now holds for each. A customer
    /// keeps every delivery above <see cref="DeliveryAck.Written"/>.
    /// </summary>
    [Alias("Apply")]
    Task<IReadOnlyList<DeliveryAck>> Apply(IReadOnlyList<VenueApply> applies);

    /// <summary>
    /// The customer stored an outbox without deliveries for this venue up to <paramref name="through"/>: the venue
    /// may drop its mark of the customer (<see cref="VenueModel.Release"/>). Written lazily; one-way, as a later
    /// delivery overtaking it only keeps the mark.
    /// </summary>
    [Alias("Release"), OneWay]
    Task Release(string customerId, long through);

    /// <summary>Claims or resolves an alert, durably before it answers; false when the alert's state no longer allows it.</summary>
    [Alias("Handle")]
    Task<bool> Handle(AlertCommand command);

    [Alias("GetView"), ReadOnly]
    Task<VenueView> GetView();

    /// <summary>Open floor alerts, highest priority first.</summary>
    [Alias("GetFloorAlerts"), ReadOnly]
    Task<IReadOnlyList<FloorAlert>> GetFloorAlerts();

    /// <summary>Nudges on the floor now, the soonest to turn to misery first.</summary>
    [Alias("GetFloorNudges"), ReadOnly]
    Task<IReadOnlyList<FloorNudge>> GetFloorNudges();

    /// <summary>The alert while its visit is open (also after it was resolved), else null.</summary>
    [Alias("GetAlert"), ReadOnly]
    Task<FloorAlert?> GetAlert(string alertId);

    /// <summary>Follow-ups and WOW opportunities not yet done, newest first (the venue keeps its latest 100).</summary>
    [Alias("GetOpenFollowUps"), ReadOnly]
    Task<IReadOnlyList<FollowUp>> GetOpenFollowUps();

    /// <summary>Marks a follow-up done with its outcome (care follow-ups only), durably before it answers; null when the venue holds no open one with that id or the outcome does not fit it.</summary>
    [Alias("CompleteFollowUp")]
    Task<FollowUp?> CompleteFollowUp(string followUpId, string by, string? outcome);

    /// <summary>Forgets everything of the venue that names the customer (an erasure), durably before it answers.</summary>
    [Alias("Forget")]
    Task Forget(string customerId);
}
