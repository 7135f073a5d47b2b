using ExperienceGrid.LoadGenerator.Correctness;
using ExperienceGrid.LoadGenerator.Faults;
using ExperienceGrid.LoadGenerator.Recording;
using ExperienceGrid.LoadGenerator.Reporting;
using ExperienceGrid.LoadGenerator.Soak;

namespace ExperienceGrid.LoadGenerator.Tests.Reporting;

/// <summary>A report with a fault and every chart populated, as a 40 s run with a silo killed at 20 s would give.</summary>
public static class SampleReport
{
    public static LoadReport Create()
    {
        var seconds = Enumerable.Range(0, 40).Select(s => (double)s).ToList();
        var http = seconds.Select(s => new LatencyPoint(s, 100, 5 + s, s is >= 20 and < 24 ? 900 : 30, 1200)).ToList();
        var push = seconds.Select(s => new LatencyPoint(s, 4, 20, 60 + s, 80 + s)).ToList();
        var rates = seconds.Select(s => new RatePoint(s, 500, s is >= 20 and < 22 ? 200 : 500)).ToList();
        var run = new RunSummary(
            "lg-sample", DateTimeOffset.Parse("2030-01-01T08:00:00Z"), 40, 41.5, 20_000, 20_000, 150, 0, 0, 500, 481.9,
            new LatencySummary(400, 6, 25, 900, 1200, 30), new LatencySummary(160, 20, 90, 99, 119, 40), 160, 3, 0,
            new Dictionary<string, long> { ["connect ConnectionRefused"] = 42, ["http 503 <retry>"] = 2 },
            new CorrectnessResult(900, 20_000, 20_000, 20_000, 0, 0, true, 3.2, []),
            http, push, rates,
            [new FaultMark(20, "kill silo 2", true), new FaultMark(35, "start silo 2", true)]);
        var settings = new ReportSettings(["http://127.0.0.1:5101/", "http://127.0.0.1:5102/"], ["blaze-leeds-briggate"], 900, 500, 40, 50, 42, 20, "config/demo-chain.json", 2, 20, 35, false, 250);
        return new LoadReport("lg-sample", run.StartedAt, settings, [run], null, null);
    }

    /// <summary>The same run as a soak sampled every 5 s whose RSS grows after the warm-up.</summary>
    public static LoadReport CreateWithSoak()
    {
        var samples = Enumerable.Range(1, 8).Select(k => new SoakSample(
            5 * k,
            new Dictionary<string, double>
            {
                [SoakMeasures.Rss("127.0.0.1:5101")] = 200 + (k > 4 ? 15 * k : 0),
                [SoakMeasures.LiveHeap("127.0.0.1:5101")] = 60,
                [SoakMeasures.Handles("127.0.0.1:5101")] = 410,
                [SoakMeasures.Threads("127.0.0.1:5101")] = 30,
                [SoakMeasures.RedisUsed] = 3.2,
                [SoakMeasures.HttpP99] = 40,
                [SoakMeasures.PushP99] = 90,
            },
            [])).ToList();
        var soak = SoakJudge.Judge(samples, TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(40));
        return Create() with { Soak = soak };
    }
}
