using System.Diagnostics;
using System.Globalization;

namespace ExperienceGrid.Cluster.Tests.Infrastructure;

/// <summary>
/// Drives <c>scripts/cluster.sh</c> — the same script people use — for one test: a private PostgreSQL and silo
/// processes on free loopback ports, in a folder of its own under artifacts/cluster-tests. Disposing runs <c>down</c>.
/// </summary>
public sealed class ClusterScript : IAsyncDisposable
{
    private readonly Dictionary<string, string> _environment;

    public ClusterScript(string name)
    {
        Directory = Path.Combine(Repository.Root, "artifacts", "cluster-tests", $"{name}-{Guid.NewGuid():N}"[..(name.Length + 9)]);
        PostgresPort = Repository.FreePort();
        BasePort = Repository.FreePortRange(6);
        _environment = new()
        {
            ["EG_CLUSTER_DIR"] = Directory,
            ["EG_PG_PORT"] = PostgresPort.ToString(CultureInfo.InvariantCulture),
            ["EG_BASE_PORT"] = BasePort.ToString(CultureInfo.InvariantCulture),
            ["EG_SILO_DLL"] = Repository.SiloAssembly,
        };
    }

    public string Directory { get; }

    public int PostgresPort { get; }

    public int BasePort { get; }

    public string Url(int silo) => $"http://127.0.0.1:{BasePort + silo}";

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={PostgresPort};Username=postgres;Database={database};Timeout=5";

    public Task UpAsync(int silos) => RunAsync("up", silos);

    public Task StartAsync(int silo) => RunAsync("start", silo);

    public Task StopAsync(int silo) => RunAsync("stop", silo);

    public Task KillAsync(int silo) => RunAsync("kill", silo);

    public Task PauseAsync(int silo) => RunAsync("pause", silo);

    public Task ResumeAsync(int silo) => RunAsync("resume", silo);

    public Task PostgresUpAsync() => RunAsync("pg-up");

    public Task PostgresStopAsync() => RunAsync("pg-stop");

    public Task PostgresStartAsync() => RunAsync("pg-start");

    /// <summary>The last lines of a silo's log, for failure messages.</summary>
    public string SiloLog(int silo, int lines = 40)
    {
        var path = Path.Combine(Directory, $"silo-{silo}.log");
        return File.Exists(path) ? string.Join('\n', File.ReadLines(path).TakeLast(lines)) : "(no log)";
    }

    /// <summary>Stops everything the script started, by pid, and deletes the database files (logs stay).</summary>
    public ValueTask DisposeAsync() => new(RunAsync("purge"));

    private async Task RunAsync(string command, int? index = null)
    {
        var start = new ProcessStartInfo("bash")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repository.Root,
        };
        start.ArgumentList.Add(Path.Combine(Repository.Root, "scripts", "cluster.sh"));
        start.ArgumentList.Add(command);
        if (index is { } i)
        {
            start.ArgumentList.Add(i.ToString(CultureInfo.InvariantCulture));
        }

        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"cluster.sh {command} {index} failed ({process.ExitCode}):\n{await output}\n{await error}");
        }
    }
}
