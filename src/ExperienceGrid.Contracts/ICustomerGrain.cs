using ExperienceGrid.Domain;
using ExperienceGrid.Runtime;

namespace ExperienceGrid.Contracts;

/// <summary>A guest of the chain, keyed by customer id: live visit and lifetime loyalty.</summary>
public interface ICustomerGrain : IGrainWithStringKey
{
    /// <summary>Applies one touchpoint; reached only through the journal, so exactly once.</summary>
    Task Record(Touchpoint touchpoint);

    /// <summary>The customer as the grid sees it now, or null when no touchpoint was ever applied.</summary>
    Task<CustomerView?> GetView();
}
