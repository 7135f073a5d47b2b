using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using ExperienceGrid.LoadGenerator.Recording;
using ExperienceGrid.LoadGenerator.Soak;

namespace ExperienceGrid.LoadGenerator.Reporting;

/// <summary>
/// Writes one self-contained HTML file: summary tables, and latency-over-time and throughput charts
/// drawn as inline SVG by an inline script from embedded data (no CDN, no network). Fault moments
/// are dashed red lines. Each chart container gets <c>data-rendered="true"</c> once drawn.
/// </summary>
public static class HtmlReportWriter
{
    public static string ToHtml(LoadReport report)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Load run ")
            .Append(E(report.RunId)).Append("</title>\n<style>").Append(Asset("report.css")).Append("</style></head><body>\n");
        html.Append("<h1>ExperienceGrid load run <code>").Append(E(report.RunId)).Append("</code></h1>\n<p class=\"muted\">")
            .Append(E($"started {report.StartedAt:u} · targets {string.Join(", ", report.Settings.Targets)} · rate {report.Settings.Rate:0.#}/s · duration {report.Settings.DurationSeconds:0.#} s · batch {report.Settings.Batch} · seed {report.Settings.Seed} · staff {report.Settings.Staff} · {report.Settings.Venues.Count} venues · {report.Settings.Customers} customers"))
            .Append("</p>\n");
        if (report.PushUnavailable is { } why)
        {
            html.Append("<p class=\"fail\">Push latency not measured: ").Append(E(why)).Append("</p>\n");
        }

        if (report.FindMax is { } max)
        {
            html.Append("<h2>Find max</h2>\n<p>Highest sustained rate: <strong>").Append(N(max.HighestSustainedRate)).Append(" events/s</strong> (bound: ")
                .Append(E(max.LatencyMeasured)).Append(" ≤ ").Append(N(max.P99BoundMs)).Append(" ms). Stopped: ").Append(E(max.StopReason)).Append("</p>\n<table><tr><th>step</th><th>rate</th><th>achieved</th><th>HTTP p99</th><th>push p99</th><th>errors</th><th>held</th></tr>\n");
            foreach (var step in max.Steps)
            {
                html.Append("<tr><td>").Append(E(step.RunId)).Append("</td>").Append(Num(step.Rate)).Append(Num(step.AchievedRate)).Append(Num(step.HttpP99))
                    .Append(Num(step.PushP99)).Append(Num(step.Errors)).Append(step.Passed ? "<td class=\"pass\">yes</td>" : $"<td class=\"fail\">{E(step.Failure ?? "no")}</td>").Append("</tr>\n");
            }

            html.Append("</table>\n");
        }

        for (var i = 0; i < report.Runs.Count; i++)
        {
            AppendRun(html, report.Runs[i], HtmlChartData.RunKey(i));
        }

        if (report.Soak is { } soak)
        {
            AppendSoak(html, soak);
        }

        // The default encoder escapes <, > and & in strings, so the data cannot close the script element.
        html.Append("<script type=\"application/json\" id=\"report-data\">").Append(JsonSerializer.Serialize(HtmlChartData.Build(report), JsonReportWriter.Options))
            .Append("</script>\n<script>").Append(Asset("report.js")).Append("</script>\n</body></html>\n");
        return html.ToString();
    }

    public static async Task WriteAsync(LoadReport report, string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllTextAsync(path, ToHtml(report), cancellationToken);
    }

    private static void AppendRun(StringBuilder html, RunSummary run, string key)
    {
        html.Append("<h2>Run <code>").Append(E(run.RunId)).Append("</code></h2>\n<table>")
            .Append("<tr><th>offered</th>").Append(Num(run.OfferedRate)).Append("<td>events/s (").Append(N(run.OfferedEvents)).Append(" events)</td></tr>")
            .Append("<tr><th>achieved</th>").Append(Num(run.AchievedRate)).Append("<td>events/s (").Append(N(run.AcceptedEvents)).Append(" accepted, ")
            .Append(N(run.DuplicatesAnswered)).Append(" answered as duplicates, ").Append(N(run.AbandonedEvents)).Append(" abandoned)</td></tr></table>\n");
        html.Append("<table><tr><th>latency (ms)</th><th>count</th><th>p50</th><th>p95</th><th>p99</th><th>max</th></tr>");
        LatencyRow(html, "HTTP (scheduled send → 202)", run.Http);
        LatencyRow(html, "push (sent → alert received)", run.Push);
        html.Append("</table>\n<h3>Errors by kind</h3><table>");
        if (run.Errors.Count == 0)
        {
            html.Append("<tr><td class=\"pass\">none</td></tr>");
        }

        foreach (var (kind, count) in run.Errors)
        {
            html.Append("<tr><td>").Append(E(kind)).Append("</td>").Append(Num(count)).Append("</tr>");
        }

        html.Append("</table>\n");
        if (run.Correctness is { } c)
        {
            html.Append("<h3>Correctness: touchpointCount sent vs applied</h3><p class=\"").Append(c.Passed ? "pass" : "fail").Append("\">")
                .Append(E($"{(c.Passed ? "PASS" : "FAIL")}: {c.Customers} customers, applied {c.Applied} of {c.ExpectedAtLeast} accepted; lost {c.Lost}, duplicated {c.Duplicated}; caught up: {(c.CaughtUp ? "yes" : "no")} after {c.WaitSeconds:0.0} s"))
                .Append("</p>\n");
        }

        foreach (var fault in run.Faults)
        {
            html.Append("<p class=\"muted\">").Append(E($"{fault.At:0.0} s: {fault.Label}{(fault.Succeeded ? "" : " (failed)")}")).Append("</p>\n");
        }

        foreach (var chart in new[] { "http", "push", "rate" })
        {
            html.Append("<div class=\"chart\" data-chart=\"").Append(key).Append('-').Append(chart).Append("\"></div>\n");
        }
    }

    private static void AppendSoak(StringBuilder html, SoakResult soak)
    {
        html.Append("<h2>Soak</h2>\n<p class=\"").Append(soak.Flat ? "pass" : "fail").Append("\">")
            .Append(E($"{soak.Summary}. {soak.Samples.Count} samples every {soak.SampleEverySeconds:0.#} s; medians of {soak.BaselineFrom:0}–{soak.BaselineTo:0} s (baseline) vs {soak.EndFrom:0}–{soak.EndTo:0} s (end), ±{soak.Tolerance:P0}"))
            .Append("</p>\n<table><tr><th>measure</th><th>baseline</th><th>end</th><th>ratio</th><th>flat</th></tr>\n");
        foreach (var m in soak.Measures)
        {
            html.Append("<tr><td>").Append(E(m.Measure)).Append("</td>").Append(Num(m.Baseline)).Append(Num(m.End))
                .Append("<td class=\"num\">").Append(m.Ratio.ToString("0.00", CultureInfo.InvariantCulture)).Append("</td>")
                .Append(m.Flat ? "<td class=\"pass\">yes</td>" : "<td class=\"fail\">no</td>").Append("</tr>\n");
        }

        html.Append("</table>\n");
        foreach (var (kind, _, _) in HtmlChartData.SoakCharts)
        {
            html.Append("<div class=\"chart\" data-chart=\"soak-").Append(kind).Append("\"></div>\n");
        }
    }

    private static void LatencyRow(StringBuilder html, string name, LatencySummary s) =>
        html.Append("<tr><td>").Append(E(name)).Append("</td>").Append(Num(s.Count)).Append(Num(s.P50)).Append(Num(s.P95)).Append(Num(s.P99)).Append(Num(s.Max)).Append("</tr>");

    private static string Num(double value) => $"<td class=\"num\">{N(value)}</td>";

    private static string N(double value) => value.ToString(Math.Abs(value) >= 100 || value == Math.Floor(value) ? "#,0" : "#,0.0", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Asset(string name)
    {
        using var stream = typeof(HtmlReportWriter).Assembly.GetManifestResourceStream($"ExperienceGrid.LoadGenerator.Reporting.{name}")
            ?? throw new InvalidOperationException($"The report asset {name} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
