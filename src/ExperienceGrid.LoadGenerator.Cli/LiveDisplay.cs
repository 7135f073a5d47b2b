using System.Globalization;
using ExperienceGrid.LoadGenerator.Driver;
using ExperienceGrid.LoadGenerator.Soak;
using Spectre.Console;

namespace ExperienceGrid.LoadGenerator.Cli;

/// <summary>
/// The live progress view: a table refreshed in place on a terminal, one line per second otherwise. A soak prints one
/// line per sample instead (and one when the phase changes), so a half-hour run stays readable; on a terminal its
/// samples are listed under the table.
/// </summary>
internal static class LiveDisplay
{
    public static async Task<T> RunAsync<T>(IAnsiConsole console, bool plain, int expectedSamples, Func<IProgress<LoadProgress>, Task<T>> work)
    {
        if (plain || !console.Profile.Capabilities.Interactive)
        {
            var printed = 0;
            string? phase = null;
            return await work(new SynchronousProgress(p =>
            {
                var writer = console.Profile.Out.Writer;
                if (p.SoakSamples is not { } samples)
                {
                    writer.WriteLine(Line(p));
                    return;
                }

                for (; printed < samples.Count; printed++)
                {
                    writer.WriteLine(SoakLine.Format(samples[printed], printed + 1, expectedSamples));
                }

                if (p.Phase != phase)
                {
                    phase = p.Phase;
                    writer.WriteLine(Line(p));
                }
            }));
        }

        LoadProgress? latest = null;
        return await console.Live(new Text("starting…")).AutoClear(false).StartAsync(async context =>
        {
            var task = work(new SynchronousProgress(p => latest = p));
            while (!task.IsCompleted)
            {
                await Task.WhenAny(task, Task.Delay(250));
                if (latest is { } p)
                {
                    context.UpdateTarget(p.SoakSamples is { Count: > 0 } samples ? new Rows(Table(p), Samples(samples, expectedSamples)) : Table(p));
                }
            }

            return await task;
        });
    }

    public static string Line(LoadProgress p) => string.Create(
        CultureInfo.InvariantCulture,
        $"[{p.Elapsed.TotalSeconds,5:0}s/{p.Duration.TotalSeconds:0}s] {p.Phase} {p.Rate:0}/s offered={p.Offered} accepted={p.Accepted} in-flight={p.InFlightBatches} http-p99={p.HttpP99:0}ms push-p99={p.PushP99:0}ms alerts={p.PushReceived} errors={p.Errors} staff={p.StaffConnected} {p.Detail}");

    private static Table Table(LoadProgress p)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"eg-load · {p.Phase} · {p.Rate:0} events/s offered");
        table.AddColumns("elapsed", "offered", "accepted", "in flight", "HTTP p99 (5 s)", "push p99 (5 s)", "alerts", "errors", "staff");
        table.AddRow(
            $"{p.Elapsed.TotalSeconds:0} / {p.Duration.TotalSeconds:0} s",
            p.Offered.ToString("N0", CultureInfo.InvariantCulture),
            p.Accepted.ToString("N0", CultureInfo.InvariantCulture),
            p.InFlightBatches.ToString(CultureInfo.InvariantCulture),
            $"{p.HttpP99:0} ms",
            $"{p.PushP99:0} ms",
            p.PushReceived.ToString(CultureInfo.InvariantCulture),
            p.Errors > 0 ? $"[red]{p.Errors}[/]" : "0",
            p.StaffConnected.ToString(CultureInfo.InvariantCulture));
        if (p.Detail is { } detail)
        {
            table.Caption(Markup.Escape(detail));
        }

        return table;
    }

    private static Rows Samples(IReadOnlyList<SoakSample> samples, int expected) =>
        new(samples.Select((s, i) => new Text(SoakLine.Format(s, i + 1, expected))));

    /// <summary>Calls back on the reporting thread (Progress&lt;T&gt; would post out of order to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<LoadProgress> report) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => report(value);
    }
}
