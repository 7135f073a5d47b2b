using System.Globalization;
using System.Text.Json;
using ExperienceGrid.Cluster.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ExperienceGrid.Cluster.Tests.Frontends;

/// <summary>Three silos behind two front ends; eg-load posts to the front ends and SIGKILLs a silo through scripts/cluster.sh.</summary>
public sealed class FrontendFailoverTests(ITestOutputHelper output) : ClusterTest(output, "fe-failover", 3, frontends: 2)
{
    private const int Rate = 200;

    [Fact]
    public async Task Sigkill_of_a_silo_under_eg_load_through_the_front_ends_loses_or_doubles_nothing_and_answers_only_503_meanwhile()
    {
        var reports = Path.Combine(Cluster.Directory, "load");
        var run = await ToolProcess.RunAsync("dotnet", [
            Repository.LoadGenerator, "--cluster-state", Path.Combine(Cluster.Directory, "state.json"),
            "--cluster-script", Path.Combine(Repository.Root, "scripts", "cluster.sh"), "--chain", Cluster.ChainFile,
            "--kill-silo", "3", "--kill-at", "10s", "--duration", "30s", "--rate", Rate.ToString(CultureInfo.InvariantCulture),
            "--batch", "25", "--no-live", "--out", reports],
            TimeSpan.FromMinutes(5), Cluster.Environment);

        // Exit code 0: every event answered 202 is counted exactly once by its customer (eg-load's correctness check).
        Assert.True(run.ExitCode == 0, $"eg-load lost or duplicated events, or failed ({run.ExitCode}):\n{run.Output}\n{run.Error}\n{Logs(1, 2)}");
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(reports, "report.json")));
        var main = report.RootElement.GetProperty("runs")[0];
        var correctness = main.GetProperty("correctness");
        var errors = main.GetProperty("errors").EnumerateObject().ToDictionary(e => e.Name, e => e.Value.GetInt64());
        Record($"SIGKILL of silo 3 of 3 at 10 s of a {Rate}/s eg-load run through 2 front ends: " +
            $"{main.GetProperty("acceptedEvents").GetInt64()} accepted, lost {correctness.GetProperty("lost").GetInt64()}, " +
            $"duplicated {correctness.GetProperty("duplicated").GetInt64()}; refused meanwhile: " +
            (errors.Count == 0 ? "none" : string.Join(", ", errors.Select(e => $"{e.Key} ×{e.Value}"))) +
            $"; HTTP p99 {main.GetProperty("http").GetProperty("p99").GetDouble():0} ms");

        Assert.Equal(0, correctness.GetProperty("lost").GetInt64());
        Assert.Equal(0, correctness.GetProperty("duplicated").GetInt64());

        // The front ends kept answering: no refused connection or timeout, at most a 503 (with Retry-After) while a grain moved.
        Assert.All(errors.Keys, kind => Assert.Equal("http 503", kind));
        Assert.Null((await Client.ClusterAsync(1)).Active(3));
    }
}
