using ExperienceGrid.LoadGenerator.Recording;

namespace ExperienceGrid.LoadGenerator.Reporting;

/// <summary>The chart series embedded in the HTML report (drawn by the inline script): per run, HTTP and push latency and throughput.</summary>
internal static class HtmlChartData
{
    public static object Build(LoadReport report)
    {
        var charts = new Dictionary<string, object>();
        var faults = new Dictionary<string, object>();
        for (var i = 0; i < report.Runs.Count; i++)
        {
            var run = report.Runs[i];
            var key = RunKey(i);
            var xMax = Math.Max(run.DurationSeconds, new[] { run.HttpTimeline, run.PushTimeline }.SelectMany(t => t).Select(p => p.At + 1).DefaultIfEmpty(0).Max());
            charts[$"{key}-http"] = Latency("HTTP latency, scheduled send → 202 (ms)", key, xMax, run.HttpTimeline);
            charts[$"{key}-push"] = Latency("Push latency, sent → alert received (ms)", key, xMax, run.PushTimeline);
            charts[$"{key}-rate"] = new
            {
                title = "Throughput (events/s)",
                unit = "events/s",
                run = key,
                xMax,
                series = new[]
                {
                    Series("offered", run.RateTimeline.Select(p => (p.At, p.Offered))),
                    Series("achieved (202)", run.RateTimeline.Select(p => (p.At, p.Achieved))),
                },
            };
            faults[key] = run.Faults.Select(f => new { at = f.At, label = f.Label }).ToList();
        }

        return new { charts, faults };
    }

    public static string RunKey(int index) => $"run{index + 1}";

    private static object Latency(string title, string run, double xMax, IReadOnlyList<LatencyPoint> timeline) => new
    {
        title,
        unit = "ms",
        run,
        xMax,
        series = new[]
        {
            Series("p50", timeline.Select(p => (p.At, p.P50))),
            Series("p99", timeline.Select(p => (p.At, p.P99))),
            Series("max", timeline.Select(p => (p.At, p.Max))),
        },
    };

    private static object Series(string name, IEnumerable<(double At, double Value)> points) =>
        new { name, values = points.Select(p => new[] { Math.Round(p.At, 2), Math.Round(p.Value, 2) }).ToList() };
}
