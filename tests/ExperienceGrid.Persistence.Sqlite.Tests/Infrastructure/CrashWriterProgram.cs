using System.Globalization;

namespace ExperienceGrid.Persistence.Sqlite.Tests.Infrastructure;

/// <summary>
/// The child process of the crash test (<c>dotnet ExperienceGrid.Persistence.Sqlite.Tests.dll crash-writer PATH</c>):
/// grains write sequence numbers 1, 2, 3… forever and print "ack GRAIN SEQUENCE" after each write completed, until
/// the test kills the process. The test host never calls this entry point.
/// </summary>
public static class CrashWriterProgram
{
    public const string Command = "crash-writer";
    public const int Grains = 64;
    public const string StateName = "crash";

    public static async Task<int> Main(string[] args)
    {
        if (args is not [Command, var databasePath])
        {
            await Console.Error.WriteLineAsync($"usage: {Command} DATABASE_PATH");
            return 2;
        }

        // Never disposed: the process ends by SIGKILL with writes queued and a transaction in flight.
        var host = new StorageHost(databasePath);
        var output = TextWriter.Synchronized(Console.Out);
        await Task.WhenAll(Enumerable.Range(0, Grains).Select(grain => Task.Run(async () =>
        {
            var state = new GrainState<CounterState>();
            for (var sequence = 1; ; sequence++)
            {
                state.State = new CounterState(grain, sequence, new string('x', 256));
                await host.Storage.WriteStateAsync(StateName, GrainIdOf(grain), state);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ack {grain} {sequence}"));
            }
        })));
        return 0;
    }

    public static GrainId GrainIdOf(int grain) => GrainId.Create("crash", grain.ToString(CultureInfo.InvariantCulture));
}
