using System.Diagnostics;
using ExperienceGrid.Cluster.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ExperienceGrid.Cluster.Tests.Frontends;

/// <summary>
/// A front end started without a cluster to join (a real redis-server without silos, or no Redis at the address)
/// gives up after <c>Grid:FrontendJoinTimeout</c>, says what it could not join in one line on stderr and exits with 1.
/// </summary>
public sealed class FrontendJoinTests(ITestOutputHelper output)
{
    private const string ClusterId = "fe-join";
    private static readonly TimeSpan _joinTimeout = TimeSpan.FromSeconds(3);

    // Well above the join timeout (the process starts, and the last attempt ends, on two busy cores), well below the
    // three minutes Orleans' own retries took.
    private static readonly TimeSpan _exitWithin = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task With_Redis_up_and_no_silo_a_front_end_exits_1_saying_no_silo_answered()
    {
        await using var cluster = new ClusterScript(ClusterId);
        await cluster.RedisStartAsync();
        var redis = $"127.0.0.1:{cluster.RedisPort}";

        var line = await FailedJoinAsync(redis);

        Assert.Equal($"The front end could not join cluster '{ClusterId}': no silo answered within 3 s (membership on Redis {redis})", line);
    }

    [Fact]
    public async Task With_nothing_listening_at_the_Redis_address_a_front_end_exits_1_saying_Redis_did_not_answer()
    {
        var redis = $"127.0.0.1:{SiloProcess.FreePort()}";

        var line = await FailedJoinAsync(redis);

        Assert.Equal($"The front end could not join cluster '{ClusterId}': Redis at {redis} did not answer within 3 s", line);
    }

    /// <summary>Starts a front end of the cluster at <paramref name="redis"/> that must give up: its one line on stderr.</summary>
    private async Task<string> FailedJoinAsync(string redis)
    {
        var clock = Stopwatch.StartNew();
        using var frontend = SiloProcess.Start(
            "--urls", $"http://127.0.0.1:{SiloProcess.FreePort()}", "--Grid:Role", "frontend", "--Grid:Redis", redis,
            "--Grid:ClusterId", ClusterId, "--Grid:FrontendJoinTimeout", _joinTimeout.ToString());
        var exitCode = await frontend.WaitForExitAsync(_exitWithin);
        output.WriteLine($"exit code {exitCode} after {clock.Elapsed.TotalSeconds:0.0} s; stderr: {frontend.Errors}");

        Assert.Equal(1, exitCode);
        Assert.True(clock.Elapsed >= _joinTimeout, $"gave up after {clock.Elapsed}, before its join timeout");
        Assert.DoesNotContain("   at ", frontend.Output);
        return Assert.Single(frontend.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
