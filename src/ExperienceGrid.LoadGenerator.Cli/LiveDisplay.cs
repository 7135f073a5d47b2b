using System.Globalization;
using ExperienceGrid.LoadGenerator.Driver;
using Spectre.Console;

namespace ExperienceGrid.LoadGenerator.Cli;

/// <summary>The live progress view: a table refreshed in place on a terminal, one line per second otherwise.</summary>
internal static class LiveDisplay
{
    public static async Task<T> RunAsync<T>(IAnsiConsole console, bool plain, Func<IProgress<LoadProgress>, Task<T>> work)
    {
        if (plain || !console.Profile.Capabilities.Interactive)
        {
            return await work(new SynchronousProgress(p => console.Profile.Out.Writer.WriteLine(Line(p))));
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
                    context.UpdateTarget(Table(p));
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

    /// <summary>Calls back on the reporting thread (Progress&lt;T&gt; would post out of order to the thread pool).</summary>
    private sealed class SynchronousProgress(Action<LoadProgress> report) : IProgress<LoadProgress>
    {
        public void Report(LoadProgress value) => report(value);
    }
}
