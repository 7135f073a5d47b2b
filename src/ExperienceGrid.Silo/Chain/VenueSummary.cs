using ExperienceGrid.Contracts;
using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Domain.Venues;

namespace ExperienceGrid.Silo.Chain;

/// <summary>A venue as the chain config names it, with its live numbers.</summary>
public sealed record VenueSummary(string VenueId, string Name, string RegionId, string BrandId, VenueView Live)
{
    /// <summary>The summaries of <paramref name="venues"/>, in their order, each read from its venue grain.</summary>
    public static async Task<VenueSummary[]> ReadAsync(IGrainFactory grains, IEnumerable<Venue> venues)
    {
        var list = venues.ToList();
        var views = await Task.WhenAll(list.Select(v => grains.GetGrain<IVenueGrain>(v.Id).GetView()));
        return [.. list.Zip(views, (v, view) => new VenueSummary(v.Id, v.Name, v.RegionId, v.BrandId, view))];
    }
}
