namespace ExperienceGrid.Contracts;

/// <summary>Live aggregates of one venue and its floor alerts, keyed by venue id.</summary>
[Alias("ExperienceGrid.IVenueGrain")]
public interface IVenueGrain : IGrainWithStringKey
{
    /// <summary>
    /// Applies a customer's deliveries it has not applied yet (by sequence) and returns the highest sequence of
    /// that customer this venue holds durably: the customer keeps the rest and delivers them again.
    /// </summary>
    [Alias("Apply")]
    Task<long> Apply(string customerId, IReadOnlyList<VenueDelivery> deliveries);

    /// <summary>Claims or resolves an alert, durably before it answers; false when the alert's state no longer allows it.</summary>
    [Alias("Handle")]
    Task<bool> Handle(AlertCommand command);

    [Alias("GetView"), ReadOnly]
    Task<VenueView> GetView();

    [Alias("GetOpenAlerts"), ReadOnly]
    Task<IReadOnlyList<AlertView>> GetOpenAlerts();

    /// <summary>Open floor alerts, highest priority first.</summary>
    [Alias("GetFloorAlerts"), ReadOnly]
    Task<IReadOnlyList<FloorAlert>> GetFloorAlerts();

    /// <summary>Nudges on the floor now, the soonest to turn to misery first.</summary>
    [Alias("GetFloorNudges"), ReadOnly]
    Task<IReadOnlyList<FloorNudge>> GetFloorNudges();

    /// <summary>The alert while its visit is open (also after it was resolved), else null.</summary>
    [Alias("GetAlert"), ReadOnly]
    Task<FloorAlert?> GetAlert(string alertId);
}
