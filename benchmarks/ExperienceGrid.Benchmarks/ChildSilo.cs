using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace ExperienceGrid.Benchmarks;

/// <summary>
/// The built silo as a child process on loopback ports (Production settings, logs at Warning), with its own data
/// directory. Disposing kills it (by its pid) if it still runs.
/// </summary>
public sealed class ChildSilo : IDisposable
{
    public const string ApiKey = "bench-ingest-key";

    /// <summary>What the benchmark presents to read the silo's <c>/metrics</c>.</summary>
    public const string ScrapeKey = "bench-scrape-key-0123456789";

    private readonly Process _process;
    private readonly Queue<string> _output = new();

    private ChildSilo(Process process, Uri address)
    {
        _process = process;
        Address = address;
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Pid => _process.Id;

    public Uri Address { get; }

    /// <summary>The last lines the silo wrote (for a failure message).</summary>
    public string OutputTail
    {
        get
        {
            lock (_output)
            {
                return string.Join(Environment.NewLine, _output);
            }
        }
    }

    /// <param name="workstationGc">Runs the silo with <c>DOTNET_gcServer=0</c> instead of its default server GC.</param>
    /// <param name="perfMap">
    /// Runs it so <c>perf</c> can name where its CPU goes: <c>DOTNET_PerfMapEnabled=1</c> (names of JIT-compiled
    /// methods), <c>DOTNET_EnableWriteXorExecute=0</c> (code not behind a double mapping perf cannot read), and the
    /// runtime's standalone copy of its regions GC (<c>libclrgcexp.so</c>), so GC time shows as its own module.
    /// </param>
    /// <param name="dashboard">Grid:OrleansDashboard (the silo's default is on).</param>
    public static ChildSilo Start(string dataDirectory, bool workstationGc, bool perfMap, bool dashboard)
    {
        var httpPort = Loopback.FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.SiloProject, // its appsettings.json
        };
        string[] arguments =
        [
            RepoPaths.SiloAssembly,
            "--urls", $"http://127.0.0.1:{httpPort}",
            "--Ingestion:ApiKeys:0", ApiKey,
            "--Metrics:ScrapeKeys:0", ScrapeKey,
            "--Auth:SigningKey", "bench-signing-key-0123456789abcdef-0123456789",
            "--Grid:DataDirectory", dataDirectory,
            "--Grid:SiloPort", Loopback.FreePort().ToString(CultureInfo.InvariantCulture),
            "--Logging:LogLevel:Default", "Warning",
            "--Grid:OrleansDashboard", dashboard ? "true" : "false",
        ];
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        if (workstationGc)
        {
            start.Environment["DOTNET_gcServer"] = "0";
        }

        if (perfMap)
        {
            start.Environment["DOTNET_PerfMapEnabled"] = "1";
            start.Environment["DOTNET_EnableWriteXorExecute"] = "0";
            start.Environment["DOTNET_GCName"] = "libclrgcexp.so";
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        return new ChildSilo(process, new Uri($"http://127.0.0.1:{httpPort}"));
    }

    /// <summary>Waits until GET /health answers 200 (the silo is an active member of its cluster).</summary>
    public async Task WaitHealthyAsync(HttpClient client, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < timeout)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the silo exited with {_process.ExitCode} while starting:{Environment.NewLine}{OutputTail}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(Address, "/health"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"the silo was not healthy after {timeout.TotalSeconds:F0} s:{Environment.NewLine}{OutputTail}");
    }

    public void Dispose()
    {
        var pid = _process.Id;
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit();
        }

        _process.Dispose();

        // What DOTNET_PerfMapEnabled made the runtime write.
        File.Delete(Path.Combine(Path.GetTempPath(), $"perf-{pid}.map"));
        File.Delete(Path.Combine(Path.GetTempPath(), $"perfinfo-{pid}.map"));
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Enqueue(line);
            if (_output.Count > 100)
            {
                _output.Dequeue();
            }
        }
    }
}
