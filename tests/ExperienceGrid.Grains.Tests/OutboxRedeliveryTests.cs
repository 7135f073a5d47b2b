using ExperienceGrid.Contracts;
using ExperienceGrid.Domain.Venues;
using ExperienceGrid.Grains.Tests.Infrastructure;
using ExperienceGrid.Silo.Grains;
using static ExperienceGrid.Grains.Tests.Infrastructure.GuestTouchpoints;

namespace ExperienceGrid.Grains.Tests;

/// <summary>
/// Venues write once a minute: a venue deactivated before that holds in storage at most what it wrote on its way
/// out, and its customers, which keep every delivery not acknowledged as written, deliver all of it again.
/// (<see cref="SiloLossTests"/> kills the venue's silo instead: nothing is written then.)
/// </summary>
public sealed class OutboxRedeliveryTests(LazyVenueWritesCluster fx) : IClassFixture<LazyVenueWritesCluster>
{
    [Fact]
    public async Task A_venue_deactivated_before_it_wrote_is_delivered_to_again_and_counts_each_moment_once()
    {
        const string venueId = "redeliver-venue";
        var (customer, customerId, venue) = await fx.OnDifferentSilosAsync("redeliver", venueId);
        var at = DateTimeOffset.UtcNow.AddMinutes(-3);

        Assert.Equal(new RecordResult(4, 0), await customer.Record([Start(customerId, venueId, at), .. Pleasant(customerId, venueId, "a", at.AddSeconds(1))]));
        var expected = Counts(await customer.GetView());
        Assert.Equal(3, expected.Volume);
        Assert.Equal(expected, (await venue.GetView()).LastHour);

        // The venue has not written; the customer's stored outbox still holds what it delivered.
        Assert.Null(await fx.ReadStoredAsync<VenueGrainState>("venue", venue));
        Assert.NotEmpty((await fx.ReadStoredAsync<CustomerGrainState>("customer", customer))!.Outbox);

        await fx.DeactivateAsync(venue);

        // Nobody calls the customer: its retry timer delivers again to the new activation.
        var view = await Eventually.Until(venue.GetView, v => v.LastHour.Volume >= expected.Volume, what: "the customer's retry to deliver again");
        Assert.Equal(expected, view.LastHour);
        Assert.Equal(1, view.CurrentVisitors);
        await customer.Wake();
        await customer.Wake();
        Assert.Equal(expected, (await venue.GetView()).LastHour);

        // More moments after the redelivery count once too, and the alert they raise is the only one.
        Assert.Equal(new RecordResult(2, 0), await customer.Record(Miseries(customerId, venueId, "b", at.AddSeconds(20))));
        await customer.Wake();
        expected = Counts(await customer.GetView());
        Assert.Equal(new MomentCounts(2, 1, 2), expected);
        view = await venue.GetView();
        Assert.Equal(expected, view.LastHour);
        Assert.Equal((1, 1, 1), (view.CurrentVisitors, view.OpenAlerts, view.AtRiskTotal));
        Assert.Equal(customerId, Assert.Single(await venue.GetFloorAlerts()).CustomerId);

        // Once more: the alert and every moment come back once.
        await fx.DeactivateAsync(venue);
        view = await Eventually.Until(venue.GetView, v => v.LastHour.Volume >= expected.Volume, what: "the customer's retry to deliver again");
        Assert.Equal(expected, view.LastHour);
        Assert.Equal((1, 1, 1), (view.CurrentVisitors, view.OpenAlerts, view.AtRiskTotal));
        Assert.Equal(customerId, Assert.Single(await venue.GetFloorAlerts()).CustomerId);
    }

    [Fact]
    public Task Deactivating_the_customer_between_batches_counts_each_moment_once() =>
        Scenarios.CustomerDeactivationCountsEachMomentOnceAsync(fx, "lazy-deactivated");
}
