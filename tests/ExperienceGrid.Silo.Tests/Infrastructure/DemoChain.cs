using ExperienceGrid.Domain.Configuration;

namespace ExperienceGrid.Silo.Tests.Infrastructure;

/// <summary>The demo chain shipped in the repo, as the silo loads it by default.</summary>
public static class DemoChain
{
    private static readonly Lazy<ChainConfig> _config =
        new(() => ChainConfigLoader.Load(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "demo-chain.json"))));

    public static ChainConfig Config => _config.Value;
}
