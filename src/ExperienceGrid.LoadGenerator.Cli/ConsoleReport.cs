using System.Globalization;
using ExperienceGrid.LoadGenerator.Recording;
using ExperienceGrid.LoadGenerator.Reporting;
using ExperienceGrid.LoadGenerator.Soak;
using Spectre.Console;

namespace ExperienceGrid.LoadGenerator.Cli;

/// <summary>The end-of-run console tables: rates, latency percentiles, errors by kind, the count check.</summary>
internal static class ConsoleReport
{
    public static void Write(IAnsiConsole console, LoadReport report)
    {
        if (report.PushUnavailable is { } why)
        {
            console.MarkupLineInterpolated($"[yellow]Push latency not measured:[/] {why}");
        }

        if (report.FindMax is { } max)
        {
            var steps = new Table().Border(TableBorder.Rounded).Title($"find-max: highest sustained {max.HighestSustainedRate:0} events/s ({max.LatencyMeasured} ≤ {max.P99BoundMs:0} ms)");
            steps.AddColumns("step", "offered/s", "achieved/s", "HTTP p99 ms", "push p99 ms", "errors", "held");
            foreach (var s in max.Steps)
            {
                steps.AddRow(s.RunId, F(s.Rate), F(s.AchievedRate), F(s.HttpP99), F(s.PushP99), F(s.Errors), s.Passed ? "[green]yes[/]" : $"[red]{Markup.Escape(Short(s.Failure ?? "no"))}[/]");
            }

            console.Write(steps);
            console.MarkupLineInterpolated($"Stopped: {max.StopReason}");
        }

        foreach (var run in report.FindMax is null ? report.Runs : [report.Main])
        {
            WriteRun(console, run);
        }

        if (report.Soak is { } soak)
        {
            WriteSoak(console, soak);
        }
    }

    private static void WriteSoak(IAnsiConsole console, SoakResult soak)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"soak: {soak.Samples.Count} samples; baseline {soak.BaselineFrom:0}–{soak.BaselineTo:0} s vs end {soak.EndFrom:0}–{soak.EndTo:0} s (medians)");
        table.AddColumns("measure", "baseline", "end", "ratio", "flat");
        foreach (var m in soak.Measures)
        {
            table.AddRow(Markup.Escape(m.Measure), F(m.Baseline), F(m.End), m.Ratio.ToString("0.00", CultureInfo.InvariantCulture), m.Flat ? "[green]yes[/]" : "[red]no[/]");
        }

        console.Write(table);
        console.MarkupLine($"Soak: [{(soak.Flat ? "green" : "red")}]{Markup.Escape(soak.Summary)}[/]");
    }

    private static void WriteRun(IAnsiConsole console, RunSummary run)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"run {run.RunId}");
        table.AddColumns("", "count", "p50 ms", "p95 ms", "p99 ms", "max ms");
        Latency(table, "HTTP (scheduled → 202)", run.Http);
        Latency(table, "push (sent → alert)", run.Push);
        table.Caption($"offered {run.OfferedRate:0}/s ({run.OfferedEvents:N0}) · achieved {run.AchievedRate:0}/s ({run.AcceptedEvents:N0} accepted, {run.DuplicatesAnswered} duplicates answered, {run.AbandonedEvents} abandoned)");
        console.Write(table);

        if (run.Errors.Count > 0)
        {
            var errors = new Table().Border(TableBorder.Simple).AddColumns("error kind", "count");
            foreach (var (kind, count) in run.Errors)
            {
                errors.AddRow(Markup.Escape(kind), F(count));
            }

            console.Write(errors);
        }
        else
        {
            console.MarkupLine("Errors: [green]none[/]");
        }

        foreach (var fault in run.Faults)
        {
            console.MarkupLineInterpolated($"Fault at {fault.At:0.0} s: {fault.Label}{(fault.Succeeded ? "" : " (failed)")}");
        }

        if (run.Correctness is { } c)
        {
            var verdict = c.Passed ? "[green]PASS[/]" : "[red]FAIL[/]";
            console.MarkupLine($"Correctness {verdict}: {c.Customers} customers, applied {c.Applied:N0} of {c.ExpectedAtLeast:N0} accepted; lost {c.Lost}, duplicated {c.Duplicated}; caught up {(c.CaughtUp ? "yes" : "no")} after {c.WaitSeconds:0.0} s");
        }
    }

    private static string Short(string text) => text.Length <= 48 ? text : $"{text[..47]}…";

    private static void Latency(Table table, string name, LatencySummary s) =>
        table.AddRow(name, F(s.Count), F(s.P50), F(s.P95), F(s.P99), F(s.Max));

    private static string F(double value) => value.ToString(value >= 100 || value == Math.Floor(value) ? "N0" : "N1", CultureInfo.InvariantCulture);
}
