using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using ExperienceGrid.Cluster.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ExperienceGrid.Cluster.Tests.Operations;

/// <summary>
/// The Prometheus that scripts/cluster.sh starts beside two silos and a front end scrapes all three with its scrape
/// key, and during an eg-load run to all three its query API reports the touchpoints accepted per second that eg-load
/// sends, counted by whichever of them took each batch.
/// </summary>
public sealed class PrometheusRateTests(ITestOutputHelper output) : ClusterTest(output, "prometheus", 2, frontends: 1)
{
    private const double Rate = 200;
    private const string AcceptedRate = "sum(rate(experiencegrid_touchpoints_accepted_total[1m]))";

    // A full minute of load inside rate()'s window, plus two scrapes.
    private static readonly TimeSpan _queryAfter = TimeSpan.FromSeconds(75);
    private static readonly TimeSpan _loadDuration = TimeSpan.FromSeconds(90);

    // One for the test process, as HttpClient is meant to be shared.
    private static readonly HttpClient _prometheus = new();

    [Fact]
    public async Task During_an_eg_load_run_prometheus_reports_the_accepted_rate_eg_load_sends()
    {
        var up = await Eventually.Until(
            () => QueryAsync("up == 1"),
            series => series.Count == 3,
            TimeSpan.FromSeconds(30),
            "both silos and the front end scraped (up == 1)");
        Assert.Equal(["experience-grid silo 1", "experience-grid silo 2", "experience-grid-frontends frontend 1"], up.Select(Target).Order(StringComparer.Ordinal));

        var clock = Stopwatch.StartNew();
        var target = string.Join(',', Cluster.Url(1), Cluster.Url(2), Cluster.FrontendUrl(1));
        var load = ToolProcess.RunAsync("dotnet", [
            Repository.LoadGenerator, "--target", target, "--rate", Rate.ToString(CultureInfo.InvariantCulture),
            "--duration", $"{_loadDuration.TotalSeconds}s", "--no-live", "--out", Path.Combine(Cluster.Directory, "load")],
            TimeSpan.FromMinutes(5));

        await Task.Delay(_queryAfter - clock.Elapsed);
        Assert.False(load.IsCompleted, $"eg-load ended early: {(load.IsCompleted ? (await load).Error : "")}");
        var perTarget = await QueryAsync("sum by (job, silo, frontend) (rate(experiencegrid_touchpoints_accepted_total[1m]))");
        var total = Assert.Single(await QueryAsync(AcceptedRate)).Value;
        var scrapeSeconds = await QueryAsync("max_over_time(scrape_duration_seconds[1m])");
        var samples = await QueryAsync("scrape_samples_scraped");
        Record($"{AcceptedRate} = {total:0.0}/s at {clock.Elapsed.TotalSeconds:0} s of a {Rate}/s eg-load run to 2 silos and a front end; "
            + string.Join(", ", perTarget.Select(s => $"{Target(s)}: {s.Value:0.0}"))
            + $"; slowest scrape over the last minute {scrapeSeconds.Max(s => s.Value) * 1000:0} ms, {samples.Max(s => s.Value):0} samples a scrape");

        Assert.InRange(total, Rate * 0.9, Rate * 1.1);
        Assert.Equal(3, perTarget.Count(s => s.Value > 0));

        var run = await load;
        Assert.True(run.ExitCode == 0, $"eg-load lost or duplicated events, or failed ({run.ExitCode}):\n{run.Output}\n{run.Error}");
    }

    /// <summary>Which process a series is of, e.g. "experience-grid silo 2" or "experience-grid-frontends frontend 1".</summary>
    private static string Target((Dictionary<string, string> Labels, double Value) series) =>
        series.Labels.TryGetValue("silo", out var silo) ? $"{series.Labels["job"]} silo {silo}" : $"{series.Labels["job"]} frontend {series.Labels["frontend"]}";

    /// <summary>An instant query of Prometheus' HTTP API: each series' labels and value.</summary>
    private async Task<IReadOnlyList<(Dictionary<string, string> Labels, double Value)>> QueryAsync(string promQl)
    {
        var answer = await _prometheus.GetFromJsonAsync<JsonElement>(
            new Uri(Cluster.PrometheusUrl, $"/api/v1/query?query={Uri.EscapeDataString(promQl)}"));
        Assert.Equal("success", answer.GetProperty("status").GetString());
        return [.. answer.GetProperty("data").GetProperty("result").EnumerateArray().Select(series => (
            series.GetProperty("metric").EnumerateObject().ToDictionary(l => l.Name, l => l.Value.GetString()!),
            double.Parse(series.GetProperty("value")[1].GetString()!, CultureInfo.InvariantCulture)))];
    }
}
