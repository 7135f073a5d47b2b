namespace ExperienceGrid.Runtime;

/// <summary>Gives location-transparent references to grains; activation is implicit on first call.</summary>
public interface IGrainFactory
{
    /// <summary>Returns a proxy whose calls run as turns on the single activation of <paramref name="key"/>.</summary>
    TGrain GetGrain<TGrain>(string key) where TGrain : IGrainWithStringKey;
}
