using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ExperienceGrid.Benchmarks;

/// <summary>
/// The silo on a real Kestrel port: senders POST NDJSON batches over loopback, and the run ends
/// when every partition's consumer has committed past everything appended (lag 0).
/// </summary>
public static class EndToEndRun
{
    private const string ApiKey = "bench-key";

    public static async Task<(double IngestRate, double AppliedRate)> RunAsync(BenchmarkSettings settings, Workload workload)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"eg-bench-e2e-{Guid.NewGuid():N}");
        await using var silo = new WebApplicationFactory<global::Program>().WithWebHostBuilder(builder => builder
            .UseSolutionRelativeContentRoot("src/ExperienceGrid.Silo", "ExperienceGrid.sln")
            .UseSetting("Grid:DataDirectory", directory)
            .UseSetting("Grid:PartitionCount", settings.Partitions.ToString())
            .UseSetting("Ingestion:ApiKeys:0", ApiKey)
            .UseSetting("Logging:LogLevel:Default", "Warning"));
        silo.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        silo.StartServer();
        var address = silo.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var lag = new LagGauge();
        using var client = new HttpClient { BaseAddress = new Uri(address) };
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);

        var clock = Stopwatch.StartNew();
        var next = -1;
        var senders = Enumerable.Range(0, settings.Senders).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < workload.NdjsonBatches.Count)
            {
                var content = new ByteArrayContent(workload.NdjsonBatches[index]);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
                using var response = await client.PostAsync("/api/touchpoints", content);
                if (response.StatusCode != HttpStatusCode.Accepted)
                {
                    throw new InvalidOperationException($"batch {index} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
                }
            }
        });
        await Task.WhenAll(senders);
        var ingested = clock.Elapsed;

        while (lag.Read() > 0)
        {
            await Task.Delay(5);
        }

        var applied = clock.Elapsed;
        Directory.Delete(directory, recursive: true);
        return (workload.Touchpoints.Count / ingested.TotalSeconds, workload.Touchpoints.Count / applied.TotalSeconds);
    }

    /// <summary>Reads the runtime's partition lag gauge (appended minus committed, summed over partitions).</summary>
    private sealed class LagGauge : IDisposable
    {
        private readonly MeterListener _listener = new();
        private long _sum;

        public LagGauge()
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument is { Name: "grid.partition.lag", Meter.Name: "ExperienceGrid.Runtime" })
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref _sum, value));
            _listener.Start();
        }

        public long Read()
        {
            Interlocked.Exchange(ref _sum, 0);
            _listener.RecordObservableInstruments();
            return Interlocked.Read(ref _sum);
        }

        public void Dispose() => _listener.Dispose();
    }
}
