using ExperienceGrid.Contracts;
using ExperienceGrid.Domain.Venues;
using ExperienceGrid.Grains.Tests.Infrastructure;
using ExperienceGrid.Silo.Grains;
using static ExperienceGrid.Grains.Tests.Infrastructure.GuestTouchpoints;

namespace ExperienceGrid.Grains.Tests;

/// <summary>Customer and venue grains on different silos, venues writing eagerly.</summary>
public sealed class CrossSiloTests(EagerWritesCluster fx) : IClassFixture<EagerWritesCluster>
{
    [Fact]
    public async Task An_at_risk_guest_on_another_silo_raises_one_alert_and_each_moment_counts_once()
    {
        const string venueId = "cross-venue";
        var (customer, customerId, venue) = await fx.OnDifferentSilosAsync("cross", venueId);
        var at = DateTimeOffset.UtcNow.AddMinutes(-2);
        IReadOnlyList<ExperienceGrid.Domain.Touchpoint> batch =
            [Start(customerId, venueId, at), .. Pleasant(customerId, venueId, "a", at.AddSeconds(1)), .. Miseries(customerId, venueId, "b", at.AddSeconds(10))];

        Assert.Equal(new RecordResult(6, 0), await customer.Record(batch));
        Assert.NotEqual(fx.SiloOf(venue), fx.SiloOf(customer));

        var guest = await customer.GetView();
        Assert.True(guest!.Visit!.AtRisk);
        var expected = Counts(guest);
        Assert.Equal(new MomentCounts(2, 1, 2), expected);
        var alert = Assert.Single(await Eventually.Until(venue.GetFloorAlerts, a => a.Count > 0, what: "the alert"));
        Assert.Equal(customerId, alert.CustomerId);
        Assert.True(AlertStatus.IsOpen(alert.Status));
        var view = await venue.GetView();
        Assert.Equal(expected, view.LastHour);
        Assert.Equal((1, 1, 1), (view.CurrentVisitors, view.OpenAlerts, view.AtRiskTotal));

        // The same batch again: all duplicates, and nothing changes on either grain.
        Assert.Equal(new RecordResult(0, batch.Count), await customer.Record(batch));
        await customer.Wake();
        Assert.Equal(6, (await customer.GetView())!.TouchpointCount);
        Assert.Equal(alert.AlertId, Assert.Single(await venue.GetFloorAlerts()).AlertId);
        view = await venue.GetView();
        Assert.Equal(expected, view.LastHour);
        Assert.Equal((1, 1, 1), (view.CurrentVisitors, view.OpenAlerts, view.AtRiskTotal));
        Assert.Equal(1, (await Eventually.Until(
            () => fx.ReadStoredAsync<VenueGrainState>("venue", venue), s => s is not null, what: "the venue's write"))!.Venue!.AlertSequence);
    }

    [Fact]
    public Task Deactivating_the_customer_between_batches_counts_each_moment_once() =>
        Scenarios.CustomerDeactivationCountsEachMomentOnceAsync(fx, "eager-deactivated");

    [Fact]
    public async Task Customer_and_venue_state_read_back_from_sqlite_after_deactivation()
    {
        const string venueId = "persist-venue";
        var (customer, customerId, venue) = await fx.OnDifferentSilosAsync("persist", venueId);
        var at = DateTimeOffset.UtcNow.AddMinutes(-2);
        await customer.Record([Start(customerId, venueId, at), .. Pleasant(customerId, venueId, "a", at.AddSeconds(1)), .. Miseries(customerId, venueId, "b", at.AddSeconds(10))]);
        var guest = (await customer.GetView())!;
        var expected = Counts(guest);
        var alert = Assert.Single(await venue.GetFloorAlerts());

        // Both wrote what they hold: the customer before it answered, the venue within its write interval.
        var storedGuest = await fx.ReadStoredAsync<CustomerGrainState>("customer", customer);
        Assert.Equal(guest.TouchpointCount, storedGuest!.Customer!.TouchpointCount);
        var storedVenue = await Eventually.Until(
            () => fx.ReadStoredAsync<VenueGrainState>("venue", venue),
            s => s?.Venue?.Deliveries.GetValueOrDefault(customerId)?.Sequence == storedGuest.DeliverySequence,
            what: "the venue to write every delivery");
        Assert.Equal(expected.Volume, storedVenue!.Venue!.Minutes.Sum(m => m.Moments.Volume));

        var venueBefore = await venue.GetView();
        await fx.DeactivateAsync(customer);
        await fx.DeactivateAsync(venue);

        var guestAfter = (await customer.GetView())!;
        Assert.Equal(
            (guest.TouchpointCount, guest.Loyalty, guest.Visit!.Score, guest.Visit.Moments.Count, guest.Visit.AtRisk),
            (guestAfter.TouchpointCount, guestAfter.Loyalty, guestAfter.Visit!.Score, guestAfter.Visit.Moments.Count, guestAfter.Visit.AtRisk));
        var venueAfter = await venue.GetView();
        Assert.Equal(expected, venueAfter.LastHour);
        Assert.Equal(
            (venueBefore.CurrentVisitors, venueBefore.AverageVisitScore, venueBefore.OpenAlerts, venueBefore.AtRiskTotal),
            (venueAfter.CurrentVisitors, venueAfter.AverageVisitScore, venueAfter.OpenAlerts, venueAfter.AtRiskTotal));
        Assert.Equal(alert.AlertId, Assert.Single(await venue.GetFloorAlerts()).AlertId);
    }

    [Fact]
    public async Task A_guest_who_moved_on_keeps_the_ended_visit_per_venue_across_deactivation()
    {
        var (customer, customerId, _) = await fx.OnDifferentSilosAsync("ended", "ended-a");
        var at = DateTimeOffset.UtcNow.AddMinutes(-30);
        await customer.Record([
            Start(customerId, "ended-a", at),
            Make($"{customerId}-end-a", customerId, "ended-a", "visit.end", at.AddMinutes(10)),
            Make($"{customerId}-start-b", customerId, "ended-b", "visit.start", at.AddMinutes(20))]);

        var guest = (await customer.GetView())!;
        Assert.Equal("ended-b", guest.Visit!.VenueId);
        Assert.Equal([new EndedVisit("ended-a", at.AddMinutes(10))], guest.EndedVisits);

        await fx.DeactivateAsync(customer);
        Assert.Equal([new EndedVisit("ended-a", at.AddMinutes(10))], (await customer.GetView())!.EndedVisits);
    }
}
