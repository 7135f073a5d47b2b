using ExperienceGrid.Domain.Configuration;

namespace ExperienceGrid.Silo.Chain;

public static class ChainConfigFile
{
    /// <summary>Loads and validates the chain; throws <see cref="ChainConfigException"/> listing every problem.</summary>
    public static ChainConfig Load(string path)
    {
        var resolved = Resolve(path)
            ?? throw new ChainConfigException([$"Chain:ConfigPath: file '{path}' not found"]);
        return ChainConfigLoader.Load(File.ReadAllText(resolved));
    }

    private static string? Resolve(string path)
    {
        if (File.Exists(path))
        {
            return path;
        }

        var besideSilo = Path.Combine(AppContext.BaseDirectory, path);
        return !Path.IsPathRooted(path) && File.Exists(besideSilo) ? besideSilo : null;
    }
}
