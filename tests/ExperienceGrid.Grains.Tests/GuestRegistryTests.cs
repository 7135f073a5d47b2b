using ExperienceGrid.Grains.Tests.Infrastructure;
using ExperienceGrid.Silo.Grains;
using static ExperienceGrid.Grains.Tests.Infrastructure.GuestTouchpoints;

namespace ExperienceGrid.Grains.Tests;

/// <summary>
/// The guest registry: a guest registers durably before its batch answers, stays while it has pending work, and
/// leaves once its visit has ended and the venues wrote its outbox, releasing its marks at those venues.
/// </summary>
public sealed class GuestRegistryTests(EagerWritesCluster fx) : IClassFixture<EagerWritesCluster>
{
    [Fact]
    public async Task A_guest_is_registered_before_its_batch_answers_and_leaves_once_nothing_is_pending()
    {
        const string venueId = "registry-venue";
        const string customerId = "registry-guest";
        var customer = fx.Customer(customerId);
        var registry = GuestRegistryGrain.Of(fx.Grains, customerId);
        var at = DateTimeOffset.UtcNow.AddMinutes(-2);

        await customer.Record([Start(customerId, venueId, at), .. Pleasant(customerId, venueId, "a", at.AddSeconds(1))]);
        Assert.NotNull(await fx.ReadRegisteredDueAsync(customerId));
        Assert.Null(await fx.ReadReminderAsync(customer, "tick"));

        // Once the venue wrote, the outbox empties; the open visit keeps the guest registered, for its inactivity
        // timeout (2 hours in the demo chain) rather than the outbox's minute.
        await Eventually.Until(() => fx.ReadStoredAsync<VenueGrainState>("venue", fx.Venue(venueId)), s => s?.Venue?.OpenVisits.ContainsKey(customerId) == true, what: "the venue to write the visit");
        var next = await customer.Wake();
        Assert.True(next > DateTimeOffset.UtcNow.AddMinutes(90), $"due {next}");
        Assert.NotNull(await registry.GetDue(customerId));

        // The visit ends; once the venue wrote it, the guest's wake finds nothing pending and settles.
        await customer.Record([Make($"{customerId}-end", customerId, venueId, "visit.end", at.AddSeconds(30))]);
        await Eventually.Until(() => fx.ReadStoredAsync<VenueGrainState>("venue", fx.Venue(venueId)), s => !s!.Venue!.OpenVisits.ContainsKey(customerId), what: "the venue to write the visit's end");
        Assert.Null(await customer.Wake());
        Assert.Null(await registry.GetDue(customerId));

        // Nothing would wake it to deliver a stored outbox again: it stored the empty one before it left, and the
        // venue then dropped its mark of the guest (its state does not grow with every guest of the day).
        Assert.Empty((await fx.ReadStoredAsync<CustomerGrainState>("customer", customer))!.Outbox);
        await Eventually.Until(
            () => fx.ReadStoredAsync<VenueGrainState>("venue", fx.Venue(venueId)), s => !s!.Venue!.Deliveries.ContainsKey(customerId), what: "the venue to drop the guest's mark");
        Assert.Null((await customer.GetView())!.Visit);
    }
}
