using System.Collections.Concurrent;
using System.Diagnostics;
using ExperienceGrid.Domain;
using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Domain.Venues;
using ExperienceGrid.Persistence.Sqlite.Hosting;
using ExperienceGrid.Silo.Grains;
using ExperienceGrid.Silo.Grid;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;

namespace ExperienceGrid.Benchmarks;

/// <summary>
/// Our SQLite grain storage without Orleans' grain runtime or HTTP: realistic customer states written by many
/// concurrent writers (each writes its customers' states in order, as their grains would), group-committed.
/// </summary>
public static class RawStorageBenchmark
{
    public static async Task RunAsync(BenchmarkOptions options)
    {
        var writes = options.Int("writes", 1, 10_000_000);
        var writers = options.Int("writers", 1, 100_000);
        var customers = options.Int("customers", 1, 99_999);

        var chain = ChainConfigLoader.Load(File.ReadAllText(RepoPaths.DemoChain));
        Console.WriteLine($"building {writes:N0} customer states of {customers:N0} guests (journey simulator, experience model)…");
        var touchpoints = Workload.Simulate(chain, writes, customers, venueId: null, runId: "raw");
        var states = CustomerStates.Build(touchpoints, new ExperienceModel(chain));
        var result = await MeasureAsync(states, writers);
        result.Print();
        Console.WriteLine($"summary raw writes_per_s={result.Rate:F0} cpu_us_per_write={result.CpuMicrosecondsPerWrite:F1} payload_bytes={result.PayloadBytes:F0}");
    }

    public static async Task<RawResult> MeasureAsync(IReadOnlyList<CustomerWrite> writes, int writers)
    {
        var directory = RepoPaths.NewTempDirectory("raw");
        try
        {
            await using var services = StorageServices(Path.Combine(directory, "grid.db"));
            var storage = services.GetRequiredKeyedService<IGrainStorage>(GridHostingExtensions.GrainStorage);

            // The serializer alone, on one thread: a warm-up pass, then one timed by this process' CPU (wall time
            // would count the other processes sharing the cores).
            var serializer = new OrleansGrainStorageSerializer(services.GetRequiredService<Serializer>());
            long bytes = 0;
            var serializing = TimeSpan.Zero;
            for (var pass = 0; pass < 2; pass++)
            {
                bytes = 0;
                serializing = Process.GetCurrentProcess().TotalProcessorTime;
                foreach (var write in writes)
                {
                    bytes += serializer.Serialize(write.State).ToMemory().Length;
                }

                serializing = Process.GetCurrentProcess().TotalProcessorTime - serializing;
            }

            // Warm-up under another state name: JIT, the file and its writer.
            await WriteAllAsync(storage, "warmup", writes.Take(Math.Min(writes.Count, 5_000)), writers, new SharedCounter());

            var done = new SharedCounter();
            using var progress = new Progress("raw", () => $"{done.Value:N0} writes committed");
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            await WriteAllAsync(storage, "customer", writes, writers, done);
            clock.Stop();
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            return new RawResult(writes.Count, writers, clock.Elapsed, cpu, (double)bytes / writes.Count, serializing / writes.Count);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static ServiceProvider StorageServices(string path)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSerializer(serializer => serializer
            .AddAssembly(typeof(CustomerGrainState).Assembly)
            .AddAssembly(typeof(VenueDelivery).Assembly)
            .AddAssembly(typeof(CustomerState).Assembly));
        services.Configure<ClusterOptions>(cluster => cluster.ServiceId = "experience-grid");
        services.AddSqliteGrainStorage(GridHostingExtensions.GrainStorage, sqlite => sqlite.DatabasePath = path);
        return services.BuildServiceProvider();
    }

    private static async Task WriteAllAsync(IGrainStorage storage, string stateName, IEnumerable<CustomerWrite> writes, int writers, SharedCounter done)
    {
        var queue = new ConcurrentQueue<IGrouping<string, CustomerWrite>>(writes.GroupBy(w => w.CustomerId, StringComparer.Ordinal));
        await Task.WhenAll(Enumerable.Range(0, writers).Select(async _ =>
        {
            while (queue.TryDequeue(out var customer))
            {
                var grainId = GrainId.Create("customer", customer.Key);
                var state = new GrainState<CustomerGrainState>();
                foreach (var write in customer)
                {
                    state.State = write.State;
                    await storage.WriteStateAsync(stateName, grainId, state);
                    done.Increment();
                }
            }
        }));
    }
}
