using System.Diagnostics;
using System.Globalization;

namespace ExperienceGrid.Benchmarks;

/// <summary>What Linux' <c>/proc</c> says about a process: CPU time (utime + stime), resident memory, CPU per thread name.</summary>
public static class ProcStat
{
    private static readonly Lazy<long> _clockTicks = new(ReadClockTicks);

    /// <summary>Clock ticks per second of <c>/proc/PID/stat</c> (<c>getconf CLK_TCK</c>; 100 on these machines).</summary>
    public static long ClockTicks => _clockTicks.Value;

    /// <summary>User + system CPU time of the whole process so far.</summary>
    public static TimeSpan Cpu(int pid) => Ticks(File.ReadAllText($"/proc/{pid}/stat"));

    /// <summary>Resident set size now, and its peak (VmRSS, VmHWM), in bytes.</summary>
    public static (long Rss, long Peak) Memory(int pid)
    {
        long rss = 0, peak = 0;
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kilobytes(line);
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kilobytes(line);
            }
        }

        return (rss, peak);
    }

    /// <summary>
    /// CPU time of the live threads, summed by thread name (<c>.NET TP Worker</c>, <c>.NET Server GC</c>, …).
    /// Threads that exited are not here: compare the sum with <see cref="Cpu"/>.
    /// </summary>
    public static Dictionary<string, TimeSpan> CpuByThreadName(int pid)
    {
        var byName = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
        {
            try
            {
                var name = File.ReadAllText(Path.Combine(task, "comm")).Trim();
                byName[name] = byName.GetValueOrDefault(name) + Ticks(File.ReadAllText(Path.Combine(task, "stat")));
            }
            catch (IOException)
            {
                // The thread exited while we read it.
            }
        }

        return byName;
    }

    /// <summary>CPU of the runtime's tiered-compilation thread (its name as /proc shows it, cut to 15 characters).</summary>
    public static TimeSpan TieredJitCpu(IEnumerable<KeyValuePair<string, TimeSpan>> cpuByThreadName) =>
        cpuByThreadName.Where(t => t.Key.StartsWith(".NET Tiered", StringComparison.Ordinal)).Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Value);

    /// <summary>The 1, 5 and 15 minute load averages: how busy the shared machine was.</summary>
    public static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    // Fields after the command name (which may hold spaces, so split after its closing parenthesis):
    // [0] is field 3 (state), so utime (field 14) is [11] and stime (field 15) is [12].
    private static TimeSpan Ticks(string stat)
    {
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds((double)ticks / ClockTicks);
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;

    private static long ReadClockTicks()
    {
        using var getconf = Process.Start(new ProcessStartInfo("getconf", "CLK_TCK") { RedirectStandardOutput = true })
            ?? throw new InvalidOperationException("getconf did not start");
        var output = getconf.StandardOutput.ReadToEnd();
        getconf.WaitForExit();
        return long.Parse(output.Trim(), CultureInfo.InvariantCulture);
    }
}
