using System.Diagnostics;
using ExperienceGrid.Domain;
using ExperienceGrid.Domain.Configuration;

namespace ExperienceGrid.Benchmarks;

/// <summary>
/// End to end on the real silo process: a warm-up, then a burst of batches from concurrent senders, then a settle
/// until the venues have taken everything (customers deliver again what a venue had not written). The silo's CPU
/// (utime + stime from /proc) over burst + settle, divided by the events accepted, is its CPU per event. Then, in
/// the same run, the raw storage writes of the same customer states (<see cref="RawStorageBenchmark"/>).
/// </summary>
public static class IngestBenchmark
{
    private static readonly TimeSpan _maximumWarmup = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan _maximumSettle = TimeSpan.FromSeconds(15);

    public static async Task RunAsync(BenchmarkOptions options)
    {
        var duration = options.Seconds("seconds", 1, 600);
        var warmup = options.Seconds("warmup-seconds", 0, 600);
        var batch = options.Int("batch", 1, 10_000);
        var senders = options.Int("senders", 1, 1_000);
        var customers = options.Int("customers", 1, 99_999);
        var venue = options.Text("venue");
        var workstationGc = options.Choice("gc", "server", "workstation") == "workstation";
        var raw = options.Choice("raw", "yes", "no") == "yes";
        var events = options.Int("events", batch, 10_000_000);
        var profile = options.Choice("profile", "no", "yes") == "yes";
        var dashboard = options.Dashboard();
        _ = RepoPaths.SiloAssembly; // fails now, before minutes of set-up, when the silo is not built

        var chain = ChainConfigLoader.Load(File.ReadAllText(RepoPaths.DemoChain));
        Console.WriteLine($"generating {events:N0} touchpoints of {customers:N0} guests in batches of {batch:N0}…");
        var workload = Workload.Create(chain, events, batch, customers, venue == "all" ? null : venue, runId: $"b{DateTime.UtcNow:HHmmss}");
        Console.WriteLine($"  a batch holds {workload.GuestsPerBatch:F1} different guests on average (a guest's touchpoints in one batch go in one grain call)");
        var directory = RepoPaths.NewTempDirectory("ingest");
        try
        {
            IngestRun run;
            using (var silo = ChildSilo.Start(directory, workstationGc, perfMap: profile, dashboard))
            using (var client = new HttpClient { BaseAddress = silo.Address, Timeout = TimeSpan.FromMinutes(2) })
            {
                Console.WriteLine($"silo pid {silo.Pid} on {silo.Address} ({(workstationGc ? "workstation" : "server")} GC, Orleans dashboard {(dashboard ? "on" : "off")}), data in {directory}");
                client.DefaultRequestHeaders.Add("X-Api-Key", ChildSilo.ApiKey);
                await silo.WaitHealthyAsync(client, TimeSpan.FromSeconds(90));
                if (warmup > TimeSpan.Zero)
                {
                    await WarmUpAsync(silo, client, workload, senders, warmup);
                }

                run = await MeasureAsync(silo, client, workload, senders, duration, profile ? directory : null);
            }

            var stored = GridDatabaseStats.Read(Path.Combine(directory, "grid.db"));
            var sent = workload.TakenTouchpoints();
            run.Print(workload, senders, workstationGc, stored, sent.Count);

            RawResult? rawResult = null;
            if (raw)
            {
                // The same customer states as the silo wrote (one per accepted event, built the way the grain builds
                // them), as many writes as it made, from as many writers as the senders can have in flight.
                Console.WriteLine();
                var states = CustomerStates.Build(sent, new ExperienceModel(chain));
                var writes = (int)Math.Min(states.Count, stored.CustomerWrites);
                rawResult = await RawStorageBenchmark.MeasureAsync(states[..writes], Math.Min(senders * batch, customers));
                rawResult.Print();
                Console.WriteLine($"  ingest rate / raw rate    {run.Load.Rate / rawResult.Rate,10:P1}");
            }

            Console.WriteLine(
                $"summary ingest events={run.Load.Accepted} rate={run.Load.Rate:F0} p50_ms={run.Load.Latency.Percentile(0.5).TotalMilliseconds:F1} " +
                $"p99_ms={run.Load.Latency.Percentile(0.99).TotalMilliseconds:F1} cpu_us_per_event={run.CpuPerEvent.TotalMicroseconds:F1} " +
                $"cpu_us_per_event_net={run.CpuPerEventNetOfIdle.TotalMicroseconds:F1} alloc_kb_per_event={run.AllocatedPerEvent / 1024:F1} rss_mib={run.Rss / 1048576.0:F0} " +
                $"raw_writes_per_s={rawResult?.Rate ?? 0:F0} raw_cpu_us_per_write={rawResult?.CpuMicrosecondsPerWrite ?? 0:F1}");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <param name="profileDirectory">Where to record a perf profile of burst + settle; null records none.</param>
    private static async Task<IngestRun> MeasureAsync(ChildSilo silo, HttpClient client, Workload workload, int senders, TimeSpan duration, string? profileDirectory)
    {
        var pid = silo.Pid;
        var idleStart = ProcStat.Cpu(pid);
        await Task.Delay(TimeSpan.FromSeconds(2));
        var idle = (ProcStat.Cpu(pid) - idleStart).TotalSeconds / 2;

        using var perf = profileDirectory is null ? null : PerfProfile.Start(pid, profileDirectory);
        var threadsBefore = ProcStat.CpuByThreadName(pid);
        var gcBefore = await SiloGc.ReadAsync(client);
        var cpuBefore = ProcStat.Cpu(pid);
        var load = await HttpLoad.RunAsync(client, workload, senders, duration, "burst");
        var burstCpu = ProcStat.Cpu(pid) - cpuBefore;
        WarnAbout(load, silo);
        var settle = await Quiescence.WaitAsync(pid, Quiescence.DeliveriesSettled, idle + 0.03, _maximumSettle);
        var cpu = ProcStat.Cpu(pid) - cpuBefore;
        var gc = await SiloGc.ReadAsync(client) - gcBefore;
        if (perf is not null)
        {
            await perf.StopAndPrintAsync(top: 30);
        }

        var threads = ProcStat.CpuByThreadName(pid)
            .Select(t => (t.Key, t.Value - threadsBefore.GetValueOrDefault(t.Key)))
            .Where(t => t.Item2 > TimeSpan.Zero)
            .OrderByDescending(t => t.Item2)
            .ToList();
        var (rss, peak) = ProcStat.Memory(pid);

        // Idle again: what the silo spends with no load (timers, reminders ticking for every open visit).
        var idleAfterStart = ProcStat.Cpu(pid);
        await Task.Delay(TimeSpan.FromSeconds(3));
        var idleAfter = (ProcStat.Cpu(pid) - idleAfterStart).TotalSeconds / 3;
        return new IngestRun(load, cpu, burstCpu, settle, idle, idleAfter, rss, peak, threads, gc);
    }

    /// <summary>
    /// Load for at least <paramref name="minimum"/>, then on until the runtime's tiered-compilation thread is about
    /// done (under 50 ms of re-JIT in 2 s; at most <see cref="_maximumWarmup"/>): JIT is a start-up cost, not a cost
    /// per event. Then a settle, so the burst starts from a quiet silo.
    /// </summary>
    private static async Task WarmUpAsync(ChildSilo silo, HttpClient client, Workload workload, int senders, TimeSpan minimum)
    {
        var clock = Stopwatch.StartNew();
        var jit = TimeSpan.MaxValue;
        while (clock.Elapsed < _maximumWarmup && (clock.Elapsed < minimum || jit > TimeSpan.FromMilliseconds(50)))
        {
            var before = ProcStat.TieredJitCpu(ProcStat.CpuByThreadName(silo.Pid));
            var load = await HttpLoad.RunAsync(client, workload, senders, TimeSpan.FromSeconds(2), phase: null);
            WarnAbout(load, silo);
            jit = ProcStat.TieredJitCpu(ProcStat.CpuByThreadName(silo.Pid)) - before;
            Console.WriteLine($"  warm-up {clock.Elapsed.TotalSeconds,5:F1} s: {load.Rate:N0} events/s, tiered JIT {jit.TotalMilliseconds:F0} ms in the last 2 s");
            if (load.RanOut)
            {
                break;
            }
        }

        await Quiescence.WaitAsync(silo.Pid, Quiescence.DeliveriesSettled, cpuPerSecond: 0.1);
    }

    private static void WarnAbout(LoadResult load, ChildSilo silo)
    {
        if (load.Failures > 0)
        {
            Console.WriteLine($"  WARNING: {load.Failures} batches were not accepted; first: {load.FirstFailure}");
            Console.WriteLine(silo.OutputTail);
        }

        if (load.RanOut)
        {
            Console.WriteLine("  WARNING: the generated touchpoints ran out before the time was over; raise --events");
        }
    }
}
