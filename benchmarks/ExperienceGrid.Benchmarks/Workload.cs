using ExperienceGrid.Domain;
using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Simulation;

namespace ExperienceGrid.Benchmarks;

/// <summary>The same realistic touchpoints for both runs, pre-serialized so the client costs little.</summary>
public sealed record Workload(IReadOnlyList<Touchpoint> Touchpoints, IReadOnlyList<byte[]> NdjsonBatches, int Customers)
{
    public static Workload Create(BenchmarkSettings settings)
    {
        var chain = ChainConfigLoader.Load(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "demo-chain.json")));
        var customers = Math.Max(100, settings.Events / 20);
        var simulator = new JourneySimulator(
            chain, new JourneyOptions { Customers = customers, ConcurrentVisits = Math.Min(customers, 5_000), CustomerPrefix = "bench-" }, seed: 1, runId: "bench");
        var touchpoints = simulator.Next(settings.Events, DateTimeOffset.UtcNow);
        var batches = touchpoints.Chunk(settings.Batch).Select(TouchpointRequestJson.ToNdjson).ToList();
        return new Workload(touchpoints, batches, customers);
    }
}
