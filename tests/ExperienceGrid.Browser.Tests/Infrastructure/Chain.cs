using ExperienceGrid.Domain.Configuration;

namespace ExperienceGrid.Browser.Tests.Infrastructure;

/// <summary>The demo chain the silo loads by default.</summary>
public static class Chain
{
    private static readonly Lazy<ChainConfig> _lazyConfig =
        new(() => ChainConfigLoader.Load(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "demo-chain.json"))));

    public static ChainConfig Config => _lazyConfig.Value;

    public static IReadOnlyList<string> Venues => [.. _lazyConfig.Value.Venues.Select(v => v.Id)];
}
