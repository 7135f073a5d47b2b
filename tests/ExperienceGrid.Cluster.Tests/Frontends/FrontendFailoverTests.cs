using System.Globalization;
using System.Net;
using System.Text.Json;
using ExperienceGrid.Cluster.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ExperienceGrid.Cluster.Tests.Frontends;

/// <summary>
/// Three silos behind two front ends; eg-load posts to the front ends and SIGKILLs a silo through scripts/cluster.sh,
/// while the test reads every venue through both front ends.
/// </summary>
public sealed class FrontendFailoverTests(ITestOutputHelper output) : ClusterTest(output, "fe-failover", 3, frontends: 2)
{
    private const int Rate = 200;
    private static readonly int[] _frontends = [1, 2];
    private static readonly TimeSpan _readTimeout = TimeSpan.FromSeconds(20);

    // Rounds of reads paced rather than back to back: the box's two cores also run eg-load, the silos and front ends.
    private static readonly TimeSpan _readEvery = TimeSpan.FromMilliseconds(250);

    // A killed silo is declared dead within 1–4 s here and a call stranded on its gateway ends after 5 s: its grains
    // have moved well within this.
    private static readonly TimeSpan _moving = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Sigkill_of_a_silo_under_eg_load_through_the_front_ends_loses_or_doubles_nothing_and_they_answer_only_503_with_Retry_After_meanwhile()
    {
        var reads = Venues.Select(v => $"/api/venues/{v}").Append("/api/venues").ToList();
        using var stopReading = new CancellationTokenSource();
        var reading = ReadUntilAsync(reads, stopReading.Token);

        var reports = Path.Combine(Cluster.Directory, "load");
        var run = await ToolProcess.RunAsync("dotnet", [
            Repository.LoadGenerator, "--cluster-state", Path.Combine(Cluster.Directory, "state.json"),
            "--cluster-script", Path.Combine(Repository.Root, "scripts", "cluster.sh"), "--chain", Cluster.ChainFile,
            "--kill-silo", "3", "--kill-at", "10s", "--duration", "30s", "--rate", Rate.ToString(CultureInfo.InvariantCulture),
            "--batch", "25", "--no-live", "--out", reports],
            TimeSpan.FromMinutes(5), Cluster.Environment);
        await stopReading.CancelAsync();
        var answers = await reading;
        var after = await ReadRoundAsync(reads);

        // Exit code 0: every event answered 202 is counted exactly once by its customer (eg-load's correctness check).
        Assert.True(run.ExitCode == 0, $"eg-load lost or duplicated events, or failed ({run.ExitCode}):\n{run.Output}\n{run.Error}\n{Logs(1, 2)}");
        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(reports, "report.json")));
        var main = report.RootElement.GetProperty("runs")[0];
        var correctness = main.GetProperty("correctness");
        var accepted = main.GetProperty("acceptedEvents").GetInt64();
        var errors = main.GetProperty("errors").EnumerateObject().ToDictionary(e => e.Name, e => e.Value.GetInt64());
        var killedAt = main.GetProperty("startedAt").GetDateTimeOffset().UtcDateTime
            + TimeSpan.FromSeconds(Assert.Single(main.GetProperty("faults").EnumerateArray()).GetProperty("at").GetDouble());
        var acceptedBy = new Dictionary<int, long>();
        foreach (var frontend in _frontends)
        {
            acceptedBy[frontend] = await Client.AcceptedTouchpointsAsync(Cluster.FrontendUrl(frontend));
        }

        Record($"SIGKILL of silo 3 of 3 at 10 s of a {Rate}/s eg-load run through 2 front ends: " +
            $"{accepted} accepted ({string.Join(", ", acceptedBy.Select(a => $"front end {a.Key}: {a.Value}"))}), " +
            $"lost {correctness.GetProperty("lost").GetInt64()}, duplicated {correctness.GetProperty("duplicated").GetInt64()}; refused meanwhile: " +
            (errors.Count == 0 ? "none" : string.Join(", ", errors.Select(e => $"{e.Key} ×{e.Value}"))) +
            $"; HTTP p99 {main.GetProperty("http").GetProperty("p99").GetDouble():0} ms; reads of every venue: " +
            string.Join("; ", _frontends.Select(f => $"front end {f}: {Answer.Tally(answers.Where(a => a.Silo == f))}")) +
            $"; 503s: {Describe(answers.Where(a => a.Status == HttpStatusCode.ServiceUnavailable), killedAt)}");

        Assert.Equal(0, correctness.GetProperty("lost").GetInt64());
        Assert.Equal(0, correctness.GetProperty("duplicated").GetInt64());

        // eg-load spread its batches over both front ends, and they refused only with 503 and Retry-After (eg-load counts
        // one without it as "http 503 without Retry-After"): no refused connection, no timeout.
        Assert.All(acceptedBy, a => Assert.True(a.Value > accepted / 4, $"front end {a.Key} accepted {a.Value} of {accepted} touchpoints"));
        Assert.All(errors.Keys, kind => Assert.Equal("http 503", kind));

        // Reads through both front ends answered all along, after the kill too: 200, or 503 with Retry-After only while
        // silo 3's grains moved; once eg-load is done, every venue answers 200 through both.
        var wrong = answers.Where(a => a.Status != HttpStatusCode.OK
            && !(a.Unavailable && a.Sent >= killedAt && a.Sent < killedAt + _moving)).ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} reads through the front ends (numbered as front ends) were neither 200 nor a 503 with " +
            $"Retry-After within {_moving.TotalSeconds:0} s of the kill at {killedAt:HH:mm:ss.fff}: {string.Join("; ", wrong.Take(10))}");
        Assert.All(_frontends, f => Assert.Contains(answers, a => a.Silo == f && a.Sent > killedAt && a.Status == HttpStatusCode.OK));
        Assert.All(after, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Null((await Client.ClusterAsync(1)).Active(3));
    }

    /// <summary>Rounds of <paramref name="reads"/> through both front ends until <paramref name="stop"/>: every answer.</summary>
    private async Task<List<Answer>> ReadUntilAsync(IReadOnlyList<string> reads, CancellationToken stop)
    {
        var answers = new List<Answer>();
        while (!stop.IsCancellationRequested)
        {
            answers.AddRange(await ReadRoundAsync(reads));
            await Task.WhenAny(Task.Delay(_readEvery, stop));
        }

        return answers;
    }

    private Task<Answer[]> ReadRoundAsync(IReadOnlyList<string> reads) =>
        Task.WhenAll(_frontends.SelectMany(f => reads.Select(path => Client.ReadThroughFrontendAsync(f, path, ClusterClient.Reader, _readTimeout))));

    /// <summary>How many <paramref name="answers"/> there are and when they were sent after the kill: "19, sent 0.1–0.5 s after the kill", or "none".</summary>
    private static string Describe(IEnumerable<Answer> answers, DateTime killedAt)
    {
        var sent = answers.Select(a => (a.Sent - killedAt).TotalSeconds).Order().ToList();
        return sent.Count == 0 ? "none" : $"{sent.Count}, sent {sent[0]:0.0}–{sent[^1]:0.0} s after the kill";
    }
}
