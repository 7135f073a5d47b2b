using ExperienceGrid.LoadGenerator.Recording;
using ExperienceGrid.LoadGenerator.Soak;

namespace ExperienceGrid.LoadGenerator.Reporting;

/// <summary>The chart series embedded in the HTML report (drawn by the inline script): per run, HTTP and push latency and throughput; a soak's samples.</summary>
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

        if (report.Soak is { } soak)
        {
            var xMax = Math.Max(report.Settings.DurationSeconds, soak.Samples.Select(s => s.At).DefaultIfEmpty(0).Max());
            foreach (var (kind, title, unit) in SoakCharts)
            {
                var names = soak.Samples.SelectMany(s => s.Values.Keys).Distinct(StringComparer.Ordinal).Where(n => SoakKind(n) == kind).Order(StringComparer.Ordinal);
                charts[$"soak-{kind}"] = new
                {
                    title,
                    unit,
                    run = RunKey(0),
                    xMax,
                    series = names.Select(n => Series(WithoutUnit(n, unit), soak.Samples.Where(s => s.Values.ContainsKey(n)).Select(s => (s.At, s.Values[n])))).ToList(),
                };
            }
        }

        return new { charts, faults };
    }

    /// <summary>The soak charts: memory (silos' RSS and live heap, Redis), counts (threads, handles), p99 latencies.</summary>
    public static readonly (string Kind, string Title, string Unit)[] SoakCharts =
    [
        ("memory", "Soak: memory (MiB)", "MiB"),
        ("counts", "Soak: threads and open handles", "count"),
        ("latency", "Soak: p99 latency per sampling period (ms)", "ms"),
    ];

    /// <summary>The legend leaves out the unit the chart's axis already shows.</summary>
    private static string WithoutUnit(string measure, string unit) =>
        measure.EndsWith($" {unit}", StringComparison.Ordinal) ? measure[..^(unit.Length + 1)] : measure;

    private static string SoakKind(string measure) =>
        measure.EndsWith(SoakMeasures.MiB, StringComparison.Ordinal) ? "memory"
        : measure.EndsWith(SoakMeasures.Millis, StringComparison.Ordinal) ? "latency"
        : "counts";

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
