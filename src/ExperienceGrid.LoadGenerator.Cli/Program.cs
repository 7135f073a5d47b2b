using ExperienceGrid.LoadGenerator.Cli;
using Spectre.Console;

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C stops scheduling and still writes the report; a second one ends the process.
    e.Cancel = !cancel.IsCancellationRequested;
    cancel.Cancel();
};
return await EgLoadApp.RunAsync(args, AnsiConsole.Console, Console.Error, cancel.Token);
