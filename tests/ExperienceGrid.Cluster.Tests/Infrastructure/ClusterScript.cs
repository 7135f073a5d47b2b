using System.Globalization;
using System.Text.RegularExpressions;

namespace ExperienceGrid.Cluster.Tests.Infrastructure;

/// <summary>
/// Drives <c>scripts/cluster.sh</c>, the script operators use, for one test class: its own Redis and silos on free
/// loopback ports (so its own data and cluster id), in a folder of its own under artifacts/cluster-tests.
/// Disposing runs <c>down</c>, which stops by pid everything the script started.
/// </summary>
public sealed partial class ClusterScript : IAsyncDisposable
{
    private static readonly TimeSpan _commandTimeout = TimeSpan.FromMinutes(3);
    private readonly Dictionary<string, string> _environment;
    private readonly string _siloCopy;
    private bool _redisStopped;

    public ClusterScript(string name)
    {
        var runs = Path.Combine(Repository.Root, "artifacts", "cluster-tests");
        PruneOldRuns(runs);
        Directory = Path.Combine(runs, $"{name}-{DateTime.UtcNow:HHmmss}-{Guid.NewGuid():N}"[..(name.Length + 12)]);

        // Silos on base+1.., Orleans silo ports on base+4.., Prometheus on base+7, Redis on base+8, gateways on
        // base+9.., front ends on base+12..: one block of free ports.
        var block = Repository.FreePortBlock(13);
        BasePort = block;
        SiloPortBase = block + 3;
        PrometheusPort = block + 7;
        RedisPort = block + 8;
        FrontendPortBase = block + 11;

        // The silos run from a copy of this run's build: a rebuild of the silo elsewhere on the box must not change
        // the files under processes that are running or about to start.
        _siloCopy = Path.Combine(Directory, "silo");
        CopyDirectory(Repository.SiloBuild, _siloCopy);
        _environment = new()
        {
            ["EG_CLUSTER_DIR"] = Directory,
            ["EG_REDIS_PORT"] = RedisPort.ToString(CultureInfo.InvariantCulture),
            ["EG_BASE_PORT"] = BasePort.ToString(CultureInfo.InvariantCulture),
            ["EG_SILO_PORT_BASE"] = SiloPortBase.ToString(CultureInfo.InvariantCulture),
            ["EG_PROMETHEUS_PORT"] = PrometheusPort.ToString(CultureInfo.InvariantCulture),
            ["EG_GATEWAY_PORT_BASE"] = RedisPort.ToString(CultureInfo.InvariantCulture),
            ["EG_FRONTEND_PORT_BASE"] = FrontendPortBase.ToString(CultureInfo.InvariantCulture),
            ["EG_SILO_DLL"] = Path.Combine(_siloCopy, "ExperienceGrid.Silo.dll"),
        };
    }

    public string Directory { get; }

    /// <summary>What the script runs with (folder, ports, silo build): for tools that call it themselves, like eg-load's --kill-silo.</summary>
    public IReadOnlyDictionary<string, string> Environment => _environment;

    public int RedisPort { get; }

    public int BasePort { get; }

    public int SiloPortBase { get; }

    public int PrometheusPort { get; }

    public int FrontendPortBase { get; }

    /// <summary>The Prometheus that <c>up</c> starts beside the silos, scraping each silo and front end.</summary>
    public Uri PrometheusUrl => new($"http://127.0.0.1:{PrometheusPort}");

    /// <summary>The chain the silos load (Chain:ConfigPath, relative to the folder they run in).</summary>
    public string ChainFile => Path.Combine(_siloCopy, "demo-chain.json");

    public string Url(int silo) => $"http://127.0.0.1:{BasePort + silo}";

    public string FrontendUrl(int frontend) => $"http://127.0.0.1:{FrontendPortBase + frontend}";

    /// <summary>The silo number of an Orleans silo address ("S127.0.0.1:11203:123456789" or "127.0.0.1:11203@123456789" → 3).</summary>
    public int IndexOf(string siloAddress) =>
        int.Parse(SiloPort().Match(siloAddress).Groups[1].Value, CultureInfo.InvariantCulture) - SiloPortBase;

    /// <summary>Redis, <paramref name="silos"/> silos and <paramref name="frontends"/> front ends, each answering /health.</summary>
    public Task UpAsync(int silos, int frontends = 0) =>
        RunAsync("up", silos, "--frontends", frontends.ToString(CultureInfo.InvariantCulture));

    /// <summary>SIGKILL of front end <paramref name="frontend"/>.</summary>
    public Task KillFrontendAsync(int frontend) => RunAsync("frontend-kill", frontend);

    /// <summary>Starts silo <paramref name="silo"/> and returns once it answers /health with 200 (an active member).</summary>
    public Task StartAsync(int silo) => RunAsync("start", silo);

    public Task KillAsync(int silo) => RunAsync("kill", silo);

    /// <summary>Stops every silo still running and Redis (its data stays, for the next <see cref="UpAsync"/>).</summary>
    public Task DownAsync() => RunAsync("down");

    public async Task RedisStopAsync()
    {
        _redisStopped = true;
        await RunAsync("redis-stop");
    }

    public async Task RedisStartAsync()
    {
        await RunAsync("redis-start");
        _redisStopped = false;
    }

    public Task<string> StatusAsync() => RunAsync("status");

    /// <summary>The last lines of a silo's log, for failure messages.</summary>
    public string SiloLog(int silo, int lines = 30) => LastLines(SiloLogLines(silo), lines);

    /// <summary>The last lines of a front end's log, for failure messages.</summary>
    public string FrontendLog(int frontend, int lines = 30) => LastLines(LogLines($"frontend-{frontend}.log"), lines);

    /// <summary>Every line the silo has logged so far (its console output), none while it never started.</summary>
    public IReadOnlyList<string> SiloLogLines(int silo) => LogLines($"silo-{silo}.log");

    private static string LastLines(IReadOnlyList<string> all, int lines) =>
        all.Count > 0 ? string.Join('\n', all.TakeLast(lines)) : "(no log)";

    private List<string> LogLines(string file)
    {
        var path = Path.Combine(Directory, file);
        if (!File.Exists(path))
        {
            return [];
        }

        // The silo is still writing: share the file rather than lock it.
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>Stops every process the script started (by pid), then deletes Redis' and Prometheus' data and the silo copy; logs stay.</summary>
    public async ValueTask DisposeAsync()
    {
        // Silos stop gracefully in a second or two with Redis, but wait out their membership writes without it.
        if (_redisStopped)
        {
            await RunAsync("redis-start");
        }

        await RunAsync("down");
        foreach (var folder in new[] { Path.Combine(Directory, "redis"), Path.Combine(Directory, "prometheus"), _siloCopy })
        {
            if (System.IO.Directory.Exists(folder))
            {
                System.IO.Directory.Delete(folder, recursive: true);
            }
        }
    }

    private async Task<string> RunAsync(string command, int? silo = null, params string[] more)
    {
        string[] arguments = silo is { } i
            ? [Path.Combine(Repository.Root, "scripts", "cluster.sh"), command, i.ToString(CultureInfo.InvariantCulture), .. more]
            : [Path.Combine(Repository.Root, "scripts", "cluster.sh"), command];
        var result = await ToolProcess.RunAsync("bash", arguments, _commandTimeout, _environment);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"cluster.sh {command} {silo} failed ({result.ExitCode}):\n{result.Output}\n{result.Error}");
        }

        return result.Output;
    }

    /// <summary>
    /// Logs of earlier runs stay to be read after a failure; beyond the newest 16 they go. A folder that still has pid
    /// files may belong to a cluster that is running: it stays.
    /// </summary>
    private static void PruneOldRuns(string runs)
    {
        if (!System.IO.Directory.Exists(runs))
        {
            return;
        }

        var old = new DirectoryInfo(runs).EnumerateDirectories()
            .Where(d => !d.EnumerateFiles("*.pid").Any())
            .OrderByDescending(d => d.CreationTimeUtc)
            .Skip(16);
        foreach (var folder in old)
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // Another run may be pruning the same folder.
            }
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in System.IO.Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith($"data{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue; // an embedded silo's SQLite data, if one ever ran from the build folder
            }

            var target = Path.Combine(to, relative);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [GeneratedRegex(@":(\d+)[:@]")]
    private static partial Regex SiloPort();
}
