using System.Diagnostics;
using System.Globalization;
using ExperienceGrid.Persistence.Sqlite.Tests.Infrastructure;

namespace ExperienceGrid.Persistence.Sqlite.Tests.Storage;

public sealed class CrashTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task A_killed_writer_loses_no_acknowledged_write_and_applies_none_by_half()
    {
        var acked = new int[CrashWriterProgram.Grains];
        var ackCount = 0;
        using var child = StartChild();
        var stderr = child.StandardError.ReadToEndAsync();
        var reading = Task.Run(async () =>
        {
            while (await child.StandardOutput.ReadLineAsync() is { } line)
            {
                var parts = line.Split(' ');
                if (parts is ["ack", var grain, var sequence])
                {
                    var g = int.Parse(grain, CultureInfo.InvariantCulture);
                    acked[g] = Math.Max(acked[g], int.Parse(sequence, CultureInfo.InvariantCulture));
                    Interlocked.Increment(ref ackCount);
                }
            }
        });

        // Kill only once thousands of writes were acknowledged, so batches are certainly in flight.
        await Eventually.Until(() => Task.FromResult(Volatile.Read(ref ackCount)), count => count >= 5_000 || child.HasExited, TimeSpan.FromSeconds(60), "5,000 acknowledged writes");
        if (child.HasExited)
        {
            Assert.Fail($"the writer exited early: {await stderr}");
        }

        child.Kill(entireProcessTree: true);
        await child.WaitForExitAsync();
        await reading; // acknowledgements printed before the kill still count
        Assert.All(acked, sequence => Assert.True(sequence > 0, "every grain had an acknowledged write"));

        await using var fresh = new StorageHost(_database.DatabasePath);
        for (var grain = 0; grain < CrashWriterProgram.Grains; grain++)
        {
            var read = new GrainState<CounterState>();
            await fresh.Storage.ReadStateAsync(CrashWriterProgram.StateName, CrashWriterProgram.GrainIdOf(grain), read);

            Assert.True(read.RecordExists, $"grain {grain}: acknowledged write {acked[grain]} lost");
            var sequence = read.State!.Sequence;
            // Each grain writes one at a time: the stored write is the last acknowledged one or the one in flight.
            Assert.InRange(sequence, acked[grain], acked[grain] + 1);
            // Version n is written by sequence n: payload and version come from the same whole write.
            Assert.Equal(sequence.ToString(CultureInfo.InvariantCulture), read.ETag ?? "0");
            Assert.Equal(grain, read.State.Grain);
            Assert.Equal(256, read.State.Payload.Length);
        }
    }

    private Process StartChild()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(CrashWriterProgram).Assembly.Location);
        start.ArgumentList.Add(CrashWriterProgram.Command);
        start.ArgumentList.Add(_database.DatabasePath);
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    public void Dispose() => _database.Dispose();
}
