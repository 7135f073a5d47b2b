using System.Diagnostics;
using ExperienceGrid.Contracts;
using ExperienceGrid.Domain;
using ExperienceGrid.Silo.Grains;
using ExperienceGrid.Silo.Grid;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;

namespace ExperienceGrid.Benchmarks;

/// <summary>
/// What one venue writes as the guests of its day grow. Guests make whole visits there (start, a greeting, end),
/// in rounds up to each checkpoint; the venue writes, holding a mark of each guest of the round; then the round's
/// guests settle (the guest registry's wake, called directly, instead of waiting up to a minute for it) and the venue
/// writes again. At each checkpoint: the stored venue row's bytes and marks before and after, and the time to
/// serialize each, which every venue write pays.
/// </summary>
public static class VenueWriteBenchmark
{
    private static readonly int[] _checkpoints = [1_000, 10_000, 50_000, 100_000];

    public static async Task RunAsync(BenchmarkOptions options)
    {
        var guests = options.Int("guests", 1, 1_000_000);
        var concurrency = options.Int("concurrency", 1, 10_000);
        await using var silo = await InProcessSilo.StartAsync("venue-writes", dashboard: false);
        var venueId = silo.Chain.Venues[0].Id;
        var venue = silo.Grains.GetGrain<IVenueGrain>(venueId);

        Console.WriteLine($"venue-writes: guests visit {venueId} (start, greeting, end), settle, and the venue writes; in-process silo");
        Console.WriteLine("  guests seen | round's guests not settled yet: stored B, marks, serialize µs | all settled: stored B, marks, open visits, serialize µs");
        var serializer = silo.Services.GetRequiredService<Serializer>();
        var seen = 0;
        foreach (var checkpoint in _checkpoints.Where(c => c < guests).Append(guests))
        {
            var round = Enumerable.Range(seen, checkpoint - seen).Select(i => $"vw-{i:D7}").ToArray();
            await Concurrently.ForEachAsync(round, concurrency, "visiting", "guests", id => RecordVisitAsync(silo.Grains.GetGrain<ICustomerGrain>(id), id, venueId));
            await Quiescence.WaitAsync(Environment.ProcessId, Quiescence.DeliveriesSettled, cpuPerSecond: 0.05);
            var (unsettledBytes, unsettled) = await ReadStoredAsync(silo, venue);
            await Concurrently.ForEachAsync(round, concurrency, "settling", "guests", id => silo.Grains.GetGrain<ICustomerGrain>(id).Wake());
            await Quiescence.WaitAsync(Environment.ProcessId, Quiescence.DeliveriesSettled, cpuPerSecond: 0.05);
            seen = checkpoint;

            var (bytes, stored) = await ReadStoredAsync(silo, venue);
            var state = stored.Venue!;
            var (unsettledSerialize, serialize) = (SerializeMicroseconds(serializer, unsettled), SerializeMicroseconds(serializer, stored));
            Console.WriteLine($"  {seen,11:N0} | {unsettledBytes,20:N0} {unsettled.Venue!.Deliveries.Count,7:N0} {unsettledSerialize,9:F1} | {bytes,16:N0} {state.Deliveries.Count,6:N0} {state.OpenVisits.Count,12:N0} {serialize,13:F1}");
            Console.WriteLine($"summary venue-writes guests_seen={seen} unsettled_bytes={unsettledBytes} unsettled_serialize_us={unsettledSerialize:F1} stored_bytes={bytes} marks={state.Deliveries.Count} open_visits={state.OpenVisits.Count} serialize_us={serialize:F1}");
        }
    }

    private static async Task RecordVisitAsync(ICustomerGrain customer, string customerId, string venueId)
    {
        var at = DateTimeOffset.UtcNow;
        IReadOnlyList<Touchpoint> visit =
        [
            new($"{customerId}-start", customerId, venueId, "visit.start", at.AddMinutes(-3)),
            new($"{customerId}-greeting", customerId, venueId, "greeting", at.AddMinutes(-2), 20),
            new($"{customerId}-end", customerId, venueId, "visit.end", at.AddMinutes(-1)),
        ];
        if ((await customer.Record(visit)).Accepted != visit.Count)
        {
            throw new InvalidOperationException($"{customerId} did not accept its visit");
        }
    }

    /// <summary>The venue's row as storage holds it: its payload's length and the state read back through the silo's provider.</summary>
    private static async Task<(long Bytes, VenueGrainState State)> ReadStoredAsync(InProcessSilo silo, IVenueGrain venue)
    {
        var grainId = venue.GetGrainId();
        var state = new GrainState<VenueGrainState>();
        await silo.Services.GetRequiredKeyedService<IGrainStorage>(GridHostingExtensions.GrainStorage).ReadStateAsync("venue", grainId, state);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = silo.DatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT LENGTH(payload) FROM grain_state WHERE state_name = 'venue' AND grain_id = $grain";
        command.Parameters.AddWithValue("$grain", grainId.ToString());
        return ((long)command.ExecuteScalar()!, state.State!);
    }

    /// <summary>Time per serialization of the state on one thread (CPU-bound), over at least a second of repeats after a warm-up.</summary>
    private static double SerializeMicroseconds(Serializer serializer, VenueGrainState state)
    {
        for (var i = 0; i < 20; i++)
        {
            serializer.SerializeToArray(state);
        }

        var clock = Stopwatch.StartNew();
        var count = 0;
        while (clock.Elapsed < TimeSpan.FromSeconds(1) || count < 20)
        {
            serializer.SerializeToArray(state);
            count++;
        }

        return clock.Elapsed.TotalMicroseconds / count;
    }
}
