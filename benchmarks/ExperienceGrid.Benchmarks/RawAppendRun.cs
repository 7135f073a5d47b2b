using System.Diagnostics;
using ExperienceGrid.Contracts;
using ExperienceGrid.Domain;
using ExperienceGrid.Runtime;
using ExperienceGrid.Runtime.Storage;
using ExperienceGrid.Silo.Grains;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ExperienceGrid.Benchmarks;

/// <summary>The journal alone: the grid's SQLite store appending ready-made batches, one after another.</summary>
public static class RawAppendRun
{
    public static async Task<(double Rate, TimeSpan Elapsed)> RunAsync(BenchmarkSettings settings, Workload workload)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"eg-bench-raw-{Guid.NewGuid():N}");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Grid:DataDirectory"] = directory,
            ["Grid:PartitionCount"] = settings.Partitions.ToString(),
        }).Build();
        var services = new ServiceCollection().AddLogging().AddGrid(configuration);
        services.AddGrain<ICustomerGrain, CustomerGrain>("customer");
        services.AddJournalRoute<ICustomerGrain, Touchpoint>("touchpoint", (grain, touchpoint) => grain.Record(touchpoint));
        await using var provider = services.BuildServiceProvider();
        try
        {
            var writer = provider.GetRequiredService<IJournalWriter>();
            var batches = workload.Touchpoints.Chunk(settings.Batch)
                .Select(chunk => chunk.Select(t => writer.Envelope<ICustomerGrain, Touchpoint>(t.CustomerId, t, t.EventId)).ToList())
                .ToList();
            await provider.GetRequiredService<IGridStore>().OpenAsync(CancellationToken.None);

            var clock = Stopwatch.StartNew();
            foreach (var batch in batches)
            {
                await writer.AppendAsync(batch, CancellationToken.None);
            }

            clock.Stop();
            return (workload.Touchpoints.Count / clock.Elapsed.TotalSeconds, clock.Elapsed);
        }
        finally
        {
            await provider.DisposeAsync();
            Directory.Delete(directory, recursive: true);
        }
    }
}
