using ExperienceGrid.Runtime;

namespace ExperienceGrid.Contracts;

/// <summary>Live aggregates of one venue, keyed by venue id.</summary>
public interface IVenueGrain : IGrainWithStringKey
{
    /// <summary>Applies what one customer message changed at this venue; reached only through the journal.</summary>
    Task Apply(VenueActivity activity);

    Task<VenueView> GetView();

    Task<IReadOnlyList<AlertView>> GetOpenAlerts();
}
