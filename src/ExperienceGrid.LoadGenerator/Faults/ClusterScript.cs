using System.Diagnostics;

namespace ExperienceGrid.LoadGenerator.Faults;

/// <summary>Runs the project's cluster script (<c>bash scripts/cluster.sh kill|start I</c>); never reimplements it.</summary>
public sealed class ClusterScript(string scriptPath)
{
    /// <returns>The exit code and the script's combined output.</returns>
    public async Task<(int ExitCode, string Output)> RunAsync(string verb, int silo, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(scriptPath);
        start.ArgumentList.Add(verb);
        start.ArgumentList.Add(silo.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, (await output + await errors).Trim());
    }
}
