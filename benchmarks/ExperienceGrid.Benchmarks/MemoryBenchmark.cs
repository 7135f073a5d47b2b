namespace ExperienceGrid.Benchmarks;

/// <summary>
/// GC heap per active customer grain: activate many customers in this process' silo, collect fully, and divide the
/// heap's growth by the customer activations; then deactivate every idle grain and collect again to see what idle
/// deactivation gives back (and what stays: venue marks, reminders, Orleans' caches).
/// </summary>
public static class MemoryBenchmark
{
    public static async Task RunAsync(BenchmarkOptions options)
    {
        var count = options.Int("grains", 1, 2_000_000);
        var touchpoints = options.Int("touchpoints", 0, CustomerActivation.MaxTouchpoints);
        var concurrency = options.Int("concurrency", 1, 10_000);
        var dashboard = options.Dashboard();

        await using var silo = await InProcessSilo.StartAsync("memory", dashboard);
        var management = silo.Grains.GetGrain<IManagementGrain>(0);

        // Made before the baseline and kept alive to the end, so ids, touchpoints and grain references cancel out.
        var script = CustomerActivation.Script(silo.Chain, "mem", count, Math.Max(1, touchpoints));
        var customers = CustomerActivation.Grains(silo.Grains, script);
        var before = await Activations(management);
        var baseline = FullyCollectedHeap();

        await CustomerActivation.RecordAsync(customers, script, concurrency, recordTouchpoints: touchpoints > 0);
        await Quiescence.WaitAsync(Environment.ProcessId, Quiescence.DeliveriesSettled, cpuPerSecond: 0.05);
        var active = await Activations(management);
        var activeHeap = FullyCollectedHeap();
        var (rss, _) = ProcStat.Memory(Environment.ProcessId);
        var stored = GridDatabaseStats.Read(silo.DatabasePath);

        Console.WriteLine("deactivating idle grains (IManagementGrain.ForceActivationCollection(TimeSpan.Zero))…");
        await management.ForceActivationCollection(TimeSpan.Zero);
        await Quiescence.WaitAsync(Environment.ProcessId, TimeSpan.FromSeconds(2), cpuPerSecond: 0.05);
        var after = await Activations(management);
        var idleHeap = FullyCollectedHeap();
        var (rssAfter, peak) = ProcStat.Memory(Environment.ProcessId);

        var activeCustomers = active.GetValueOrDefault("customer") - before.GetValueOrDefault("customer");
        var perGrain = (double)(activeHeap - baseline) / Math.Max(1, activeCustomers);
        var perCustomerAfter = (double)(idleHeap - baseline) / count;
        Console.WriteLine(touchpoints > 0
            ? $"memory: {count:N0} customers, {touchpoints} touchpoint(s) each in one Record call, in-process silo, server GC, Orleans dashboard {(dashboard ? "on" : "off")}"
            : $"memory: {count:N0} customers activated by GetView only (no state, no reminder, no venue), in-process silo, server GC, Orleans dashboard {(dashboard ? "on" : "off")}");
        Console.WriteLine($"  activations before        {Describe(before)}");
        Console.WriteLine($"  activations active        {Describe(active)}");
        Console.WriteLine($"  activations after         {Describe(after)}");
        Console.WriteLine($"  GC heap baseline          {baseline / 1048576.0,10:F1} MiB (after a full compacting collection)");
        Console.WriteLine($"  GC heap, customers active {activeHeap / 1048576.0,10:F1} MiB: {perGrain,8:N0} B per active customer grain");
        Console.WriteLine($"  GC heap, after deactivate {idleHeap / 1048576.0,10:F1} MiB: {perCustomerAfter,8:N0} B per customer still held; deactivation gave back {(activeHeap - idleHeap) / 1048576.0:F1} MiB");
        Console.WriteLine($"  grid.db while active      {stored.CustomerRows:N0} customer rows (avg {stored.CustomerPayloadBytes:N0} B), {stored.Reminders:N0} reminders");
        Console.WriteLine($"  process RSS               {rss / 1048576.0,10:F0} MiB active, {rssAfter / 1048576.0:F0} MiB after ({peak / 1048576.0:F0} MiB peak)");
        Console.WriteLine($"summary memory bytes_per_grain={perGrain:F0} bytes_per_customer_after_deactivation={perCustomerAfter:F0} active_customers={activeCustomers} rss_mib={rss / 1048576.0:F0}");
        GC.KeepAlive(script);
        GC.KeepAlive(customers);
    }

    /// <summary>Live GC heap bytes after two full, blocking, compacting collections (finalizers run between).</summary>
    private static long FullyCollectedHeap()
    {
        for (var i = 0; i < 2; i++)
        {
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
        }

        return GC.GetTotalMemory(forceFullCollection: false);
    }

    /// <summary>Activations by grain type ("customer", "venue", …) as Orleans counts them.</summary>
    private static async Task<Dictionary<string, long>> Activations(IManagementGrain management)
    {
        var statistics = await management.GetSimpleGrainStatistics();
        return statistics
            .GroupBy(s => ShortName(s.GrainType), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (long)g.Sum(s => s.ActivationCount), StringComparer.Ordinal);
    }

    private static string ShortName(string grainType)
    {
        var name = grainType.Split(',')[0].Split('.')[^1];
        return name.EndsWith("Grain", StringComparison.Ordinal) ? name[..^"Grain".Length].ToLowerInvariant() : name;
    }

    private static string Describe(Dictionary<string, long> activations) =>
        string.Join(", ", activations.OrderByDescending(a => a.Value).Select(a => $"{a.Key} {a.Value:N0}"));
}
