using System.CommandLine;
using ExperienceGrid.LoadGenerator.Driver;
using ExperienceGrid.LoadGenerator.Reporting;
using Spectre.Console;

namespace ExperienceGrid.LoadGenerator.Cli;

/// <summary>
/// eg-load: parses and validates the arguments (exit code 2 naming the option when they are bad),
/// runs the session with a live display, prints the table and writes report.json and report.html.
/// Exit code 0 when nothing was lost or duplicated (and a soak stayed flat), 1 otherwise.
/// </summary>
public static class EgLoadApp
{
    public const int BadArguments = 2;
    public const int CorrectnessFailed = 1;

    /// <summary>A soak whose measures did not stay flat, or that could not be judged, fails like a lost event.</summary>
    public const int SoakNotFlat = 1;

    public static async Task<int> RunAsync(string[] args, IAnsiConsole console, TextWriter errors, CancellationToken cancellationToken)
    {
        var command = new LoadCommand();
        var parse = command.Root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await errors.WriteLineAsync($"error: {error.Message}");
            }

            await errors.WriteLineAsync("Run eg-load --help to see the options.");
            return BadArguments;
        }

        var exitCode = 0;
        command.Root.SetAction(async (result, ct) => exitCode = await RunAsync(command, result, console, errors, ct));
        var invoked = await parse.InvokeAsync(new InvocationConfiguration { Output = console.Profile.Out.Writer, Error = errors }, cancellationToken);
        return invoked != 0 ? invoked : exitCode;
    }

    private static async Task<int> RunAsync(LoadCommand command, ParseResult parse, IAnsiConsole console, TextWriter errors, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var options = command.ToOptions(parse, problems);
        problems.AddRange(LoadOptionsValidator.Validate(options));
        if (problems.Count > 0)
        {
            foreach (var problem in problems.Distinct())
            {
                await errors.WriteLineAsync($"error: {problem}");
            }

            return BadArguments;
        }

        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = TimeSpan.FromSeconds(15),
        };
        var session = new LoadSession(options, http, TimeProvider.System);
        var report = await LiveDisplay.RunAsync(console, parse.GetValue(command.NoLive), ExpectedSamples(options), progress => session.RunAsync(progress, cancellationToken));

        var json = Path.Combine(options.OutputDirectory, "report.json");
        var html = Path.Combine(options.OutputDirectory, "report.html");
        await JsonReportWriter.WriteAsync(report, json, cancellationToken);
        await HtmlReportWriter.WriteAsync(report, html, cancellationToken);
        ConsoleReport.Write(console, report);
        console.MarkupLineInterpolated($"Reports: [link]{Path.GetFullPath(json)}[/] and [link]{Path.GetFullPath(html)}[/]");
        if (!report.CorrectnessPassed)
        {
            return CorrectnessFailed;
        }

        return report.Soak is { Flat: false } ? SoakNotFlat : 0;
    }

    private static int ExpectedSamples(LoadOptions options) =>
        options.Soak ? (int)Math.Floor(options.Duration / options.SampleEvery + 1e-9) : 0;
}
