namespace ExperienceGrid.Benchmarks;

/// <summary>Where the silo and the demo chain are, found from the benchmark's own build folder.</summary>
public static class RepoPaths
{
    /// <summary>The repository root: the first folder above the build output that holds ExperienceGrid.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string SiloProject => Path.Combine(Root, "src", "ExperienceGrid.Silo");

    public static string DemoChain => Path.Combine(Root, "config", "demo-chain.json");

    /// <summary>The silo built in the same configuration as this program (bin/&lt;Configuration&gt;/net10.0).</summary>
    public static string SiloAssembly
    {
        get
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
            var path = Path.Combine(SiloProject, "bin", configuration, "net10.0", "ExperienceGrid.Silo.dll");
            return File.Exists(path)
                ? path
                : throw new UsageException($"the silo is not built at {path}; run with -c {configuration} (dotnet run builds it)");
        }
    }

    public static string NewTempDirectory(string purpose)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"eg-bench-{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(directory);
        return directory;
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ExperienceGrid.sln")))
            {
                return folder.FullName;
            }
        }

        throw new UsageException($"no ExperienceGrid.sln above {AppContext.BaseDirectory}; run the benchmark from its build folder in the repository");
    }
}
