using System.Diagnostics;
using ExperienceGrid.Contracts;

namespace ExperienceGrid.Benchmarks;

/// <summary>
/// Orleans' bare grain-call rate in this silo: callers in the same process hammer the read-only
/// <see cref="ICustomerGrain.GetView"/> (no storage, no HTTP) on activated customers, each awaiting its call before
/// the next. The process' CPU includes the callers.
/// </summary>
public static class CallsBenchmark
{
    private static readonly TimeSpan _warmup = TimeSpan.FromSeconds(2);

    public static async Task RunAsync(BenchmarkOptions options)
    {
        var duration = options.Seconds("seconds", 1, 600);
        var grains = options.Int("grains", 1, 1_000_000);
        var callers = options.Int("callers", 1, 10_000);
        var dashboard = options.Dashboard();

        await using var silo = await InProcessSilo.StartAsync("calls", dashboard);
        var script = CustomerActivation.Script(silo.Chain, "calls", grains, touchpoints: 1);
        var customers = CustomerActivation.Grains(silo.Grains, script);
        await CustomerActivation.RecordAsync(customers, script, concurrency: 64);
        await Quiescence.WaitAsync(Environment.ProcessId, Quiescence.DeliveriesSettled, cpuPerSecond: 0.05);

        await HammerAsync(customers, callers, _warmup, "warm-up");
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var (calls, latency, elapsed) = await HammerAsync(customers, callers, duration, "calls");
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;

        var rate = calls / elapsed.TotalSeconds;
        var p50 = latency.Percentile(0.5).TotalMicroseconds;
        var p99 = latency.Percentile(0.99).TotalMicroseconds;
        Console.WriteLine($"calls: ICustomerGrain.GetView on {grains:N0} customers, {callers} callers in-process, {elapsed.TotalSeconds:F1} s, Orleans dashboard {(dashboard ? "on" : "off")}");
        Console.WriteLine($"  calls                     {calls,10:N0}");
        Console.WriteLine($"  call rate                 {rate,10:N0} calls/s");
        Console.WriteLine($"  latency p50 / p99         {p50,10:F1} / {p99:F1} µs (p99.9 {latency.Percentile(0.999).TotalMicroseconds:F0} µs, max {latency.Percentile(1).TotalMicroseconds:F0} µs)");
        Console.WriteLine($"  latency mean              {callers / rate * 1e6,10:F1} µs (callers / rate: what a caller waits on average)");
        Console.WriteLine($"  process CPU per call      {cpu.TotalMicroseconds / calls,10:F2} µs (callers included)");
        Console.WriteLine($"summary calls rate={rate:F0} p50_us={p50:F1} p99_us={p99:F1} cpu_us_per_call={cpu.TotalMicroseconds / calls:F2}");
    }

    private static async Task<(long Calls, LatencyHistogram Latency, TimeSpan Elapsed)> HammerAsync(ICustomerGrain[] customers, int callers, TimeSpan duration, string phase)
    {
        var histograms = new LatencyHistogram[callers];
        var clock = Stopwatch.StartNew();

        // Each caller counts in its own histogram (no shared counter to contend on); progress reads them unlocked.
        using var progress = new Progress(phase, () => $"{histograms.Sum(h => h?.Count ?? 0):N0} calls");
        await Task.WhenAll(Enumerable.Range(0, callers).Select(async caller =>
        {
            var latency = histograms[caller] = new LatencyHistogram();
            var index = caller * 7919;
            while (clock.Elapsed < duration)
            {
                index = (index + 1) % customers.Length;
                var started = Stopwatch.GetTimestamp();
                if (await customers[index].GetView() is null)
                {
                    throw new InvalidOperationException($"customer {index} has no view: its touchpoint was not applied");
                }

                latency.Record(started);
            }
        }));
        var elapsed = clock.Elapsed;
        var merged = LatencyHistogram.Merge(histograms);
        return (merged.Count, merged, elapsed);
    }
}
