using ExperienceGrid.Runtime;

namespace ExperienceGrid.Contracts;

/// <summary>Live aggregates of one venue and its floor alerts, keyed by venue id.</summary>
public interface IVenueGrain : IGrainWithStringKey
{
    /// <summary>Applies what one customer message changed at this venue; reached only through the journal.</summary>
    Task Apply(VenueActivity activity);

    /// <summary>Claims or resolves an alert; reached only through the journal.</summary>
    Task Handle(AlertCommand command);

    Task<VenueView> GetView();

    Task<IReadOnlyList<AlertView>> GetOpenAlerts();

    /// <summary>Open floor alerts, highest priority first.</summary>
    Task<IReadOnlyList<FloorAlert>> GetFloorAlerts();

    /// <summary>Nudges on the floor now, the soonest to turn to misery first.</summary>
    Task<IReadOnlyList<FloorNudge>> GetFloorNudges();

    /// <summary>The alert while its visit is open (also after it was resolved), else null.</summary>
    Task<FloorAlert?> GetAlert(string alertId);
}
