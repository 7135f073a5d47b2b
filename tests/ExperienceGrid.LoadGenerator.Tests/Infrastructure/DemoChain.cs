using ExperienceGrid.Domain.Configuration;

namespace ExperienceGrid.LoadGenerator.Tests.Infrastructure;

public static class DemoChain
{
    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "demo-chain.json");

    public static ChainConfig Load() => ChainConfigLoader.Load(File.ReadAllText(Path));
}
