using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ExperienceGrid.Benchmarks;

/// <summary>
/// A sampling CPU profile of a process with Linux <c>perf</c> (on-CPU samples at 499 Hz, no call stacks), reported
/// as self time by area and by function. The profiled .NET process must run with <c>DOTNET_PerfMapEnabled=1</c> so
/// perf can name JIT-compiled methods.
/// </summary>
public sealed partial class PerfProfile : IDisposable
{
    // Native code by module; JIT-compiled code by its declaring type's namespace. First match wins.
    private static readonly (string Area, string Module)[] _modules =
    [
        ("SQLite engine (native)", "libe_sqlite3"),
        ("GC", "libclrgc"),
        ("JIT compiler", "libclrjit"),
        ("kernel (syscalls: sockets, file I/O, fsync, futex, scheduling)", "[kernel"),
        ("other .NET runtime (type checks, allocation helpers, stubs)", "libcoreclr"),
        ("libc (memset/memmove: mostly GC clearing and copying)", "libc"),
    ];

    private static readonly (string Area, string Namespace)[] _namespaces =
    [
        ("Orleans serializer (incl. generated codecs)", "OrleansCodeGen."), ("Orleans serializer (incl. generated codecs)", "Orleans.Serialization"),
        ("Orleans runtime (messaging, scheduling, timers, reminders)", "Orleans."),
        ("our SQLite storage", "ExperienceGrid.Persistence"),
        ("experience model (domain)", "ExperienceGrid.Domain"),
        ("grains, ingestion, hubs (ExperienceGrid.Silo)", "ExperienceGrid."),
        ("SQLite ADO.NET (Microsoft.Data.Sqlite, SQLitePCL)", "Microsoft.Data.Sqlite"), ("SQLite ADO.NET (Microsoft.Data.Sqlite, SQLitePCL)", "SQLitePCL"),
        ("ASP.NET Core, Kestrel, sockets", "Microsoft.AspNetCore"), ("ASP.NET Core, Kestrel, sockets", "System.Net"),
        ("System.Text.Json", "System.Text.Json"),
        ("logging, options, DI, SignalR", "Microsoft.Extensions"),
        ("tasks, timers, thread pool, locks", "System.Threading"),
        ("collections, LINQ", "System.Collections"), ("collections, LINQ", "System.Linq"),
        ("type checks, casts, dispatch helpers", "System.Runtime.CompilerServices"),
        ("other .NET libraries", "System."),
    ];

    private readonly Process _perf;
    private readonly string _data;
    private readonly List<string> _perfOutput = [];

    private PerfProfile(Process perf, string data)
    {
        _perf = perf;
        _data = data;
        _perf.OutputDataReceived += (_, e) => Keep(e.Data);
        _perf.ErrorDataReceived += (_, e) => Keep(e.Data);
        _perf.BeginOutputReadLine();
        _perf.BeginErrorReadLine();
    }

    public static PerfProfile Start(int pid, string directory)
    {
        var data = Path.Combine(directory, "perf.data");
        var start = new ProcessStartInfo("perf") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "record", "-F", "499", "-p", pid.ToString(CultureInfo.InvariantCulture), "-o", data })
        {
            start.ArgumentList.Add(argument);
        }

        return new PerfProfile(Process.Start(start) ?? throw new InvalidOperationException("perf did not start"), data);
    }

    /// <summary>Stops recording (SIGINT, so perf writes its file whole) and prints the report.</summary>
    public async Task StopAndPrintAsync(int top)
    {
        if (_perf.HasExited)
        {
            Console.WriteLine($"  profile: perf record stopped early with {_perf.ExitCode}: {string.Join(" / ", _perfOutput)}");
            return;
        }

        using (var interrupt = Process.Start("kill", ["-INT", _perf.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await interrupt.WaitForExitAsync();
        }

        await _perf.WaitForExitAsync();
        var report = new ProcessStartInfo("perf") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "report", "-i", _data, "--stdio", "--no-children", "--sort", "dso,sym", "--percent-limit", "0" })
        {
            report.ArgumentList.Add(argument);
        }

        using var perf = Process.Start(report) ?? throw new InvalidOperationException("perf report did not start");
        var stderr = perf.StandardError.ReadToEndAsync();
        var rows = new List<(double Percent, string Module, string Symbol)>();
        while (await perf.StandardOutput.ReadLineAsync() is { } line)
        {
            if (Parse(line) is { } row)
            {
                rows.Add(row);
            }
        }

        await perf.WaitForExitAsync();
        if (rows.Count == 0)
        {
            Console.WriteLine($"  profile: perf reported nothing ({(await stderr).Trim()})");
            return;
        }

        Console.WriteLine("  silo CPU by area (perf, self time, burst + settle):");
        foreach (var area in rows.GroupBy(r => AreaOf(r.Module, r.Symbol)).Select(g => (g.Key, Percent: g.Sum(r => r.Percent))).OrderByDescending(a => a.Percent))
        {
            Console.WriteLine($"    {area.Percent,6:F1} %  {area.Key}");
        }

        Console.WriteLine($"  top {top} functions:");
        foreach (var (percent, module, symbol) in rows.OrderByDescending(r => r.Percent).Take(top))
        {
            Console.WriteLine($"    {percent,6:F2} %  {Shorten(symbol)}  [{module}]");
        }
    }

    public void Dispose()
    {
        if (!_perf.HasExited)
        {
            _perf.Kill();
            _perf.WaitForExit();
        }

        _perf.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lock (_perfOutput)
            {
                _perfOutput.Add(line);
            }
        }
    }

    // "    12.34%  libcoreclr.so  [.] WKS::gc_heap::mark_object_simple" → (12.34, libcoreclr.so, WKS::…)
    private static (double, string, string)? Parse(string line) =>
        ReportLine().Match(line) is { Success: true } match
            ? (double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value, match.Groups[3].Value.Trim())
            : null;

    [GeneratedRegex(@"^\s*([0-9.]+)%\s+(.*?)\s+\[[.kjgHu]\]\s+(.*)$")]
    private static partial Regex ReportLine();

    private static string AreaOf(string module, string symbol)
    {
        // "instance void [System.Private.CoreLib] System.Threading.TimerQueue::FireNextTimers()[OptimizedTier1]"
        var member = symbol.IndexOf("::", StringComparison.Ordinal);
        if (member > 0)
        {
            var declaring = symbol[(symbol.LastIndexOf(' ', member) + 1)..member];
            foreach (var (area, prefix) in _namespaces)
            {
                if (declaring.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return area;
                }
            }
        }

        foreach (var (area, fragment) in _modules)
        {
            if (module.Contains(fragment, StringComparison.Ordinal))
            {
                return area;
            }
        }

        return module.StartsWith("[JIT]", StringComparison.Ordinal) ? "runtime stubs (write barriers, dispatch)" : $"other ({module})";
    }

    private static string Shorten(string symbol) => symbol.Length <= 140 ? symbol : symbol[..137] + "...";
}
