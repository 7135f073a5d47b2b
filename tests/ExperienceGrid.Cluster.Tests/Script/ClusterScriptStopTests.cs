using System.Diagnostics;
using ExperienceGrid.Cluster.Tests.Infrastructure;

namespace ExperienceGrid.Cluster.Tests.Script;

/// <summary>
/// <c>cluster.sh redis-stop</c> returns once the process has exited, even while its parent has not reaped it yet (a
/// zombie still answers <c>kill -0</c>), rather than waiting out its 10 s before a SIGKILL.
/// </summary>
public sealed class ClusterScriptStopTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("eg-stop-").FullName;
    private Process? _parent;

    [Fact]
    public async Task Redis_stop_returns_when_the_process_exited_though_its_parent_has_not_reaped_it()
    {
        // A parent that never waits for its child: bash starts the child, then becomes a sleep that never reaps it.
        var start = new ProcessStartInfo("bash", ["-c", "sleep 300 & echo $!; exec sleep 300"]) { RedirectStandardOutput = true };
        _parent = Process.Start(start)!;
        var child = (await _parent.StandardOutput.ReadLineAsync())!.Trim();
        await File.WriteAllTextAsync(Path.Combine(_directory, "redis.pid"), child);

        var clock = Stopwatch.StartNew();
        var stop = Process.Start(new ProcessStartInfo("bash", [Path.Combine(Repository.Root, "scripts", "cluster.sh"), "redis-stop"])
        {
            Environment = { ["EG_CLUSTER_DIR"] = _directory },
            RedirectStandardError = true,
        })!;
        var said = await stop.StandardError.ReadToEndAsync();
        await stop.WaitForExitAsync();
        clock.Stop();

        Assert.Equal(0, stop.ExitCode);
        Assert.Contains("redis stopped", said, StringComparison.Ordinal);
        Assert.Equal("Z", State(child));

        // A wait on kill -0 lasts the script's full 10 s here; one on the process' state ends at its first poll.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"redis-stop took {clock.Elapsed} for a process that exited at once");
        Assert.False(File.Exists(Path.Combine(_directory, "redis.pid")));
    }

    public void Dispose()
    {
        // Ending the parent lets init reap the zombie.
        _parent?.Kill();
        _parent?.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    /// <summary>The state letter of /proc/PID/stat: the field after the parenthesised command name.</summary>
    private static string State(string pid) =>
        File.ReadAllText($"/proc/{pid}/stat").Split(") ", 2)[1].Split(' ')[0];
}
