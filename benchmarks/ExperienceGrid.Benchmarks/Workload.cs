using System.Net.Http.Headers;
using ExperienceGrid.Domain;
using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Simulation;

namespace ExperienceGrid.Benchmarks;

/// <summary>
/// Simulated guests' touchpoints (the demo chain, stamped now), cut into NDJSON batches ahead of the run so the
/// senders spend little CPU. Senders take batches in order; each batch is sent once.
/// </summary>
public sealed class Workload
{
    private readonly List<byte[]> _batches;
    private int _next = -1;

    private Workload(ChainConfig chain, IReadOnlyList<Touchpoint> touchpoints, int batchSize, string venues)
    {
        Chain = chain;
        Touchpoints = touchpoints;
        BatchSize = batchSize;
        Venues = venues;
        var batches = touchpoints.Chunk(batchSize).ToList();
        _batches = [.. batches.Select(TouchpointRequestJson.ToNdjson)];
        GuestsPerBatch = batches.Average(batch => batch.DistinctBy(t => t.CustomerId).Count());
    }

    public ChainConfig Chain { get; }

    public IReadOnlyList<Touchpoint> Touchpoints { get; }

    public int BatchSize { get; }

    /// <summary>Different guests in a batch, on average.</summary>
    public double GuestsPerBatch { get; }

    /// <summary>"all 14 venues" or the one venue every guest visits.</summary>
    public string Venues { get; }

    /// <summary>Batches handed out so far.</summary>
    public int BatchesTaken => Math.Min(Volatile.Read(ref _next) + 1, _batches.Count);

    /// <summary>
    /// <paramref name="events"/> touchpoints of <paramref name="customers"/> guests, up to half of them in a visit at
    /// once; at every venue of the chain, or only at <paramref name="venueId"/> (the hot-spot venue grain).
    /// </summary>
    public static Workload Create(ChainConfig chain, int events, int batchSize, int customers, string? venueId, string runId)
    {
        if (venueId is not null && !chain.TryGetVenue(venueId, out _))
        {
            throw new UsageException($"--venue '{venueId}' is not a venue of the demo chain; it has: " + string.Join(", ", chain.Venues.Select(v => v.Id)));
        }

        var touchpoints = Simulate(chain, events, customers, venueId, runId);
        return new Workload(chain, touchpoints, batchSize, venueId is null ? $"all {chain.Venues.Count} venues" : $"one venue ({venueId})");
    }

    /// <summary>The journey simulator's touchpoints (seed 42), stamped now; up to half the guests in a visit at once.</summary>
    public static IReadOnlyList<Touchpoint> Simulate(ChainConfig chain, int events, int customers, string? venueId, string runId)
    {
        var options = new JourneyOptions
        {
            Customers = customers,
            ConcurrentVisits = Math.Max(1, customers / 2),
            CustomerPrefix = $"{runId}-",
            VenueIds = venueId is null ? null : [venueId],
        };
        return new JourneySimulator(chain, options, seed: 42, runId).Next(events, DateTimeOffset.UtcNow);
    }

    /// <summary>The next unsent batch as a request body, or false when all were sent.</summary>
    public bool TryTake(out HttpContent body)
    {
        var index = Interlocked.Increment(ref _next);
        if (index >= _batches.Count)
        {
            body = null!;
            return false;
        }

        body = new ByteArrayContent(_batches[index]);
        body.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        return true;
    }

    /// <summary>The touchpoints of the batches handed out so far, in order.</summary>
    public IReadOnlyList<Touchpoint> TakenTouchpoints() => [.. Touchpoints.Take(BatchesTaken * BatchSize)];
}
