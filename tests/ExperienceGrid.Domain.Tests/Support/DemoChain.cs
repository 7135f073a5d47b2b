using ExperienceGrid.Domain.Configuration;

namespace ExperienceGrid.Domain.Tests.Support;

/// <summary>The shipped demo chain, read from the repository so tests check the real file.</summary>
internal static class DemoChain
{
    public const string BurgerVenue = "blaze-manchester-piccadilly";
    public const string OtherBurgerVenue = "blaze-leeds-briggate";
    public const string CafeVenue = "ember-london-soho";

    private static readonly Lazy<string> _jsonText = new(() => File.ReadAllText(FindConfig()));
    private static readonly Lazy<ChainConfig> _loaded = new(() => ChainConfigLoader.Load(_jsonText.Value));

    public static string Json => _jsonText.Value;

    public static ChainConfig Config => _loaded.Value;

    public static ExperienceModel Model { get; } = new(Config);

    private static string FindConfig()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ExperienceGrid.sln")))
            {
                return Path.Combine(dir.FullName, "config", "demo-chain.json");
            }
        }
        // Fallback: the copy the test project puts next to the test assembly.
        return Path.Combine(AppContext.BaseDirectory, "demo-chain.json");
    }
}
