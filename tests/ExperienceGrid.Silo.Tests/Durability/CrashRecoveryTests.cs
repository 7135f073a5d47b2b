using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ExperienceGrid.Silo.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ExperienceGrid.Silo.Tests.Durability;

/// <summary>
/// A real silo process on a real SQLite file, killed with SIGKILL while it ingests and delivers to venues, and
/// restarted on the same data directory and ports.
/// </summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private const int Customers = 25;
    private const int BatchSize = 40;
    private const int Kills = 3;
    private const int MinBatches = 150;

    // Every 7th touchpoint is a marker: the customer counts it, but it is no moment, so no venue counts it.
    private const int MarkerEvery = 7;

    // Each customer stays at one of these venues; every other venue must count nothing.
    private static readonly string[] _venues = [.. DemoChain.Config.Venues.Take(3).Select(v => v.Id)];

    private readonly string _dataDirectory = TempFolder.Create("eg-crash");
    private readonly long[] _sent = new long[Customers];
    private readonly Dictionary<string, long> _moments = [];
    private readonly DurabilitySilo _silo;
    private readonly HttpClient _client;
    private readonly ITestOutputHelper _output;
    private int _sequence;

    public CrashRecoveryTests(ITestOutputHelper output)
    {
        _output = output;
        _silo = new DurabilitySilo(_dataDirectory);
        _client = _silo.Client;
    }

    [Fact]
    public async Task Every_accepted_event_is_applied_exactly_once_and_every_venue_counts_its_moments_once_across_sigkills()
    {
        await _silo.StartAsync();
        var random = new Random(42);
        var (batches, kills, resent) = (0, 0, 0);
        JsonArray? previous = null;
        var killAt = DateTime.UtcNow.AddMilliseconds(random.Next(300, 1500));
        while (kills < Kills || batches < MinBatches)
        {
            var batch = NextBatch();
            bool answered;
            if (kills < Kills && DateTime.UtcNow >= killAt)
            {
                // Kill while this batch is in flight and earlier ones are still being delivered to the venues.
                var inFlight = TrySend(batch);
                await Task.Delay(random.Next(0, 15));
                _silo.Kill();
                kills++;
                killAt = DateTime.UtcNow.AddMilliseconds(random.Next(300, 1500));
                answered = await inFlight is not null;
            }
            else
            {
                answered = await TrySend(batch) is not null;
            }

            // An unanswered batch may have been stored in part: it is sent again until answered.
            var restarted = !answered;
            while (!answered)
            {
                resent++;
                await _silo.StartAsync();
                answered = await TrySend(batch) is not null;
            }

            // A batch answered before (after a restart: before the kill) is sent again: nothing of it is new.
            if (previous is not null && (restarted || batches % 10 == 0))
            {
                await AssertAllDuplicatesAsync(previous);
            }

            previous = batch;
            batches++;
        }

        for (var customer = 0; customer < Customers; customer++)
        {
            Assert.Equal(_sent[customer], await Touchpoints.CountApplied(_client, Customer(customer)));
        }

        var expected = ExpectedVenueMoments();
        await Eventually.Until(VenueMomentsAsync, v => v == expected, TimeSpan.FromSeconds(60), $"the venues to count {expected}");
        _output.WriteLine($"{_sequence} events in {batches} batches, {kills} SIGKILLs, {resent} sends repeated after a kill; venues: {expected}");
    }

    [Fact]
    public async Task A_silo_restarted_after_a_sigkill_delivers_by_itself_what_its_venues_had_not_written()
    {
        await _silo.StartAsync();
        for (var batch = 0; batch < 30; batch++)
        {
            Assert.NotNull(await TrySend(NextBatch()));
        }

        // The last batch is answered, then the silo dies at once: the venues write lazily, so they lose their
        // latest deliveries; the customers' stored outboxes still hold them.
        var last = NextBatch();
        Assert.NotNull(await TrySend(last));
        _silo.Kill();
        await _silo.StartAsync();

        // Nothing touches the customers before the venues are read: the silo must wake them itself (the guest registry
        // wakes its guests as the silo starts), within seconds.
        var restartedAt = Stopwatch.StartNew();
        _output.WriteLine($"Right after the restart the venues count {await VenueMomentsAsync()}");
        var expected = ExpectedVenueMoments();
        await Eventually.Until(VenueMomentsAsync, v => v == expected, TimeSpan.FromSeconds(5), $"the venues to count {expected}");
        _output.WriteLine($"{restartedAt.Elapsed.TotalSeconds:0.0} s after the restart they count {expected}");
        for (var customer = 0; customer < Customers; customer++)
        {
            Assert.Equal(_sent[customer], await Touchpoints.CountApplied(_client, Customer(customer)));
        }

        await AssertAllDuplicatesAsync(last);
        Assert.Equal(expected, await VenueMomentsAsync());
    }

    private static string Customer(int index) => $"crash-c{index}";

    private static string VenueOf(int customer) => _venues[customer % _venues.Length];

    /// <summary>The next batch: customers in turn, each at its venue; greetings (one moment each) and some markers.</summary>
    private JsonArray NextBatch()
    {
        var batch = new JsonArray();
        for (var i = 0; i < BatchSize; i++, _sequence++)
        {
            var customer = _sequence % Customers;
            var marker = _sequence % MarkerEvery == 0;
            batch.Add(Touchpoints.Make(
                $"crash-{_sequence}", Customer(customer), marker ? "zone.changed" : "greeting", marker ? null : "mediocrity", venueId: VenueOf(customer)));
            _sent[customer]++;
            if (!marker)
            {
                _moments[VenueOf(customer)] = _moments.GetValueOrDefault(VenueOf(customer)) + 1;
            }
        }

        return batch;
    }

    /// <summary>Moments per venue that every touchpoint sent so far makes, once each, in the chain's venue order.</summary>
    private string ExpectedVenueMoments() =>
        string.Join(", ", DemoChain.Config.Venues.Select(v => $"{v.Id}={_moments.GetValueOrDefault(v.Id)}"));

    /// <summary>Moments of the last hour each venue counts (misery + mediocrity + WOW), in the chain's venue order.</summary>
    private async Task<string> VenueMomentsAsync()
    {
        var venues = await _client.GetFromJsonAsync<JsonElement>("/api/venues");
        var counts = venues.EnumerateArray().ToDictionary(
            v => v.GetProperty("venueId").GetString()!,
            v => v.GetProperty("live").GetProperty("lastHour") is var h
                ? h.GetProperty("misery").GetInt64() + h.GetProperty("mediocrity").GetInt64() + h.GetProperty("wow").GetInt64()
                : 0);
        return string.Join(", ", DemoChain.Config.Venues.Select(v => $"{v.Id}={counts[v.Id]}"));
    }

    private async Task AssertAllDuplicatesAsync(JsonArray batch)
    {
        var again = new JsonArray([.. batch.Select(t => t!.DeepClone())]);
        JsonElement? result;
        while ((result = await TrySend(again)) is null)
        {
            await _silo.StartAsync();
        }

        Assert.Equal(0, result.Value.GetProperty("accepted").GetInt32());
        Assert.Equal(batch.Count, result.Value.GetProperty("duplicates").GetInt32());
    }

    /// <summary>The 202 answer, or null when the silo did not answer 202 (down, starting, or dying).</summary>
    private async Task<JsonElement?> TrySend(JsonArray batch)
    {
        try
        {
            using var response = await _client.PostAsJsonAsync("/api/touchpoints", batch);
            if (response.StatusCode != HttpStatusCode.Accepted)
            {
                return null;
            }

            var result = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(batch.Count, result.GetProperty("accepted").GetInt32() + result.GetProperty("duplicates").GetInt32());
            return result;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        _silo.Dispose();
        TempFolder.Delete(_dataDirectory);
    }
}
