namespace ExperienceGrid.Benchmarks;

/// <summary>One measured burst on the silo process: the senders' view and the silo's CPU and memory.</summary>
public sealed record IngestRun(
    LoadResult Load,
    TimeSpan Cpu,
    TimeSpan BurstCpu,
    TimeSpan Settle,
    double IdleCpuPerSecond,
    double IdleCpuPerSecondAfter,
    long Rss,
    long PeakRss,
    IReadOnlyList<(string Thread, TimeSpan Cpu)> CpuByThread,
    SiloGc Gc)
{
    /// <summary>Bytes the silo allocated over burst + settle per accepted event (what its GC then has to collect).</summary>
    public double AllocatedPerEvent => Gc.AllocatedBytes / Math.Max(1, Load.Accepted);

    /// <summary>Silo CPU over burst + settle per accepted event.</summary>
    public TimeSpan CpuPerEvent => Cpu / Math.Max(1, Load.Accepted);

    /// <summary>The same less what the idle silo would have used in that time.</summary>
    public TimeSpan CpuPerEventNetOfIdle =>
        (Cpu - TimeSpan.FromSeconds(IdleCpuPerSecond * (Load.Elapsed + Settle).TotalSeconds)) / Math.Max(1, Load.Accepted);

    /// <summary>CPU of the runtime's tiered-compilation thread (re-JIT to optimized code): a warm-up cost.</summary>
    public TimeSpan JitThreadCpu => ProcStat.TieredJitCpu(CpuByThread.Select(t => KeyValuePair.Create(t.Thread, t.Cpu)));

    public void Print(Workload workload, int senders, bool workstationGc, GridDatabaseStats stored, int sent)
    {
        var latency = Load.Latency;
        Console.WriteLine($"ingest: {Load.Elapsed.TotalSeconds:F1} s burst, {senders} senders, batches of {workload.BatchSize:N0}, {workload.Venues}, {(workstationGc ? "workstation" : "server")} GC");
        Console.WriteLine($"  events accepted (202)     {Load.Accepted,10:N0} ({Load.Duplicates:N0} duplicates, {Load.Failures} batches failed)");
        Console.WriteLine($"  ingest rate               {Load.Rate,10:N0} events/s (202 = durable)");
        Console.WriteLine($"  batch latency p50 / p99   {latency.Percentile(0.5).TotalMilliseconds,10:F1} / {latency.Percentile(0.99).TotalMilliseconds:F1} ms (max bucket {latency.Percentile(1).TotalMilliseconds:F0} ms)");
        Console.WriteLine($"  silo CPU                  {Cpu.TotalSeconds,10:F2} s = burst {BurstCpu.TotalSeconds:F2} s + settle {(Cpu - BurstCpu).TotalSeconds:F2} s (settled in {Settle.TotalSeconds:F1} s)");
        Console.WriteLine($"  silo CPU when idle        {IdleCpuPerSecond * 1000,10:F0} ms/s before the burst, {IdleCpuPerSecondAfter * 1000:F0} ms/s after it");
        Console.WriteLine($"  silo CPU per event        {CpuPerEvent.TotalMicroseconds,10:F1} µs ({CpuPerEventNetOfIdle.TotalMicroseconds:F1} µs less idle; burst alone {(BurstCpu / Math.Max(1, Load.Accepted)).TotalMicroseconds:F1} µs; without the tiered-JIT thread {((Cpu - JitThreadCpu) / Math.Max(1, Load.Accepted)).TotalMicroseconds:F1} µs)");
        Console.WriteLine($"  silo allocation per event {AllocatedPerEvent / 1024,10:F1} KB ({Gc.AllocatedBytes / 1048576.0:N0} MiB; collections gen0 {Gc.Gen0} / gen1 {Gc.Gen1} / gen2 {Gc.Gen2})");
        Console.WriteLine($"  silo RSS                  {Rss / 1048576.0,10:F0} MiB ({PeakRss / 1048576.0:F0} MiB peak)");
        var named = CpuByThread.Take(8).Select(t => $"{t.Thread} {t.Cpu.TotalSeconds:F2}");
        var exited = Cpu - CpuByThread.Aggregate(TimeSpan.Zero, (sum, t) => sum + t.Cpu);
        Console.WriteLine($"  silo CPU by thread (s)    {string.Join(" | ", named)} | exited threads {exited.TotalSeconds:F2}");
        Console.WriteLine($"  grid.db                   {stored.CustomerRows:N0} customer rows, {stored.CustomerWrites:N0} customer writes for {sent:N0} events sent " +
            $"({(double)stored.CustomerWrites / Math.Max(1, sent):F2} per event, warm-up included), avg {stored.CustomerPayloadBytes:N0} B; " +
            $"{stored.VenueRows} venue rows, {stored.VenueWrites:N0} venue writes, avg {stored.VenuePayloadBytes:N0} B at the end; {stored.Reminders:N0} reminders");
    }
}
