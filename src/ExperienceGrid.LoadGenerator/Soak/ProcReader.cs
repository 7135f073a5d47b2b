using System.Globalization;

namespace ExperienceGrid.LoadGenerator.Soak;

/// <summary>
/// Reads a process' open file handles (<c>/proc/&lt;pid&gt;/fd</c>) and threads (<c>Threads:</c> in <c>/proc/&lt;pid&gt;/status</c>)
/// on this machine, only when <c>/proc/&lt;pid&gt;/cmdline</c> shows the silo: a pid from another machine is not ours to read.
/// </summary>
/// <param name="root">The proc file system; tests pass a folder shaped like it.</param>
public sealed class ProcReader(string root = "/proc")
{
    public const string SiloCommand = "ExperienceGrid.Silo";

    /// <returns>Open handles and threads, or null when the pid is not a silo process readable here.</returns>
    public (int Handles, int? Threads)? Read(int pid)
    {
        var folder = Path.Combine(root, pid.ToString(CultureInfo.InvariantCulture));
        try
        {
            var commandLine = File.ReadAllText(Path.Combine(folder, "cmdline"));
            if (!commandLine.Contains(SiloCommand, StringComparison.Ordinal))
            {
                return null;
            }

            var handles = Directory.EnumerateFileSystemEntries(Path.Combine(folder, "fd")).Count();
            return (handles, Threads(File.ReadLines(Path.Combine(folder, "status"))));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static int? Threads(IEnumerable<string> status)
    {
        foreach (var line in status)
        {
            if (line.StartsWith("Threads:", StringComparison.Ordinal)
                && int.TryParse(line["Threads:".Length..].Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var threads))
            {
                return threads;
            }
        }

        return null;
    }
}
