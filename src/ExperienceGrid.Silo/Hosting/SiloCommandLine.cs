namespace ExperienceGrid.Silo.Hosting;

/// <summary>Short command-line switches for the settings people change most.</summary>
public static class SiloCommandLine
{
    public static readonly Dictionary<string, string> Switches = new()
    {
        ["--data-dir"] = "Grid:DataDirectory",
        ["--chain"] = "Chain:ConfigPath",
        ["--demo"] = "Demo:Enabled",
        ["--demo-rate"] = "Demo:EventsPerSecond",
        ["--allow-demo-secrets"] = "Grid:AllowDemoSecrets",
    };
}
