using System.Diagnostics;

namespace ExperienceGrid.Benchmarks;

/// <summary>Waits for a process to go quiet: its CPU time over a whole second below a threshold.</summary>
public static class Quiescence
{
    // A venue writes at most once per Grid:VenueWriteInterval (1 s) and customers deliver again after
    // Grid:DeliveryRetryInterval (2 s) what it had not written: everything is taken within about 3 s.
    public static readonly TimeSpan DeliveriesSettled = TimeSpan.FromSeconds(3.5);

    /// <summary>
    /// Waits at least <paramref name="minimum"/>, then until a second passes with at most
    /// <paramref name="cpuPerSecond"/> CPU seconds used, or <paramref name="maximum"/> (default 60 s) is over.
    /// </summary>
    public static async Task<TimeSpan> WaitAsync(int pid, TimeSpan minimum, double cpuPerSecond, TimeSpan? maximum = null)
    {
        var clock = Stopwatch.StartNew();
        var limit = maximum ?? TimeSpan.FromSeconds(60);
        await Task.Delay(minimum);
        while (clock.Elapsed < limit)
        {
            var before = ProcStat.Cpu(pid);
            await Task.Delay(TimeSpan.FromSeconds(1));
            if ((ProcStat.Cpu(pid) - before).TotalSeconds <= cpuPerSecond)
            {
                break;
            }
        }

        return clock.Elapsed;
    }
}
