using ExperienceGrid.Contracts;
using ExperienceGrid.Domain.Venues;
using ExperienceGrid.Grains.Tests.Infrastructure;
using ExperienceGrid.Silo.Grains;
using static ExperienceGrid.Grains.Tests.Infrastructure.GuestTouchpoints;

namespace ExperienceGrid.Grains.Tests;

/// <summary>A busy venue takes many customers' deliveries per call (<c>VenueDeliveryBatcher</c>), and still each once.</summary>
public sealed class VenueDeliveryBatchingTests(EagerWritesCluster fx) : IClassFixture<EagerWritesCluster>
{
    [Fact]
    public async Task Guests_arriving_while_their_venue_is_busy_reach_it_in_few_calls_and_each_moment_counts_once()
    {
        const string venueId = "batched-venue";
        var venue = fx.Venue(venueId);
        var at = DateTimeOffset.UtcNow.AddMinutes(-1);
        string[] guests = [.. Enumerable.Range(0, 200).Select(i => $"batched-guest-{i}")];

        // The venue's first call is held until every guest has written its touchpoints (and so handed its deliveries
        // over), whatever the machine's speed: the rest wait for the venue, as on a busy floor.
        var busy = new TaskCompletionSource();
        fx.Calls.HoldNext(nameof(IVenueGrain.Apply), venueId, busy.Task);
        var recording = Task.WhenAll(guests.Select(g => fx.Customer(g).Record([Start(g, venueId, at), .. Pleasant(g, venueId, "p", at.AddSeconds(1))])));
        await Eventually.Until(() => StoredAsync(guests), stored => stored == guests.Length, what: "every guest's write");
        busy.SetResult();
        await recording;

        var expected = (await Task.WhenAll(guests.Select(g => fx.Customer(g).GetView()))).Select(Counts).Aggregate(MomentCounts.None, (sum, c) => sum.Plus(c));
        Assert.Equal(3L * guests.Length, expected.Volume);
        var view = await Eventually.Until(venue.GetView, v => v.CurrentVisitors == guests.Length, what: "every guest's visit at the venue");
        Assert.Equal(expected, view.LastHour);

        // One call per guest without batching; the customers' retries since are batched too.
        var calls = fx.Calls.Count(nameof(IVenueGrain.Apply), venueId);
        Assert.True(calls <= guests.Length / 2, $"{calls} Apply calls carried {guests.Length} guests' deliveries");
    }

    private async Task<int> StoredAsync(IEnumerable<string> guests) =>
        (await Task.WhenAll(guests.Select(g => fx.ReadStoredAsync<CustomerGrainState>("customer", fx.Customer(g))))).Count(state => state is not null);
}
