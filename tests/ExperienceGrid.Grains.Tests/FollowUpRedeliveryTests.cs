using ExperienceGrid.Domain.Venues;
using ExperienceGrid.Grains.Tests.Infrastructure;
using ExperienceGrid.Silo.Grains;
using static ExperienceGrid.Grains.Tests.Infrastructure.GuestTouchpoints;

namespace ExperienceGrid.Grains.Tests;

/// <summary>Venues write once a minute: a follow-up travels in the customer's outbox and is kept once however often it comes.</summary>
public sealed class FollowUpRedeliveryTests(LazyVenueWritesCluster fx) : IClassFixture<LazyVenueWritesCluster>
{
    [Fact]
    public async Task A_follow_up_delivered_again_is_kept_once()
    {
        const string venueId = "followup-redeliver-venue";
        var (customer, customerId, venue) = await fx.OnDifferentSilosAsync("followup-redeliver", venueId);
        var at = DateTimeOffset.UtcNow.AddMinutes(-3);
        await customer.Record([.. AtRisk(customerId, venueId, at), Make($"{customerId}-end", customerId, venueId, "visit.end", at.AddSeconds(30))]);
        var followUp = Assert.Single(await venue.GetOpenFollowUps());

        // Not written yet: the customer's stored outbox holds the delivery that carries it.
        Assert.Null(await fx.ReadStoredAsync<VenueGrainState>("venue", venue));
        Assert.Contains((await fx.ReadStoredAsync<CustomerGrainState>("customer", customer))!.Outbox,
            d => d.Activity.FollowUps?.Any(f => f.Kind == FollowUp.Care) == true);

        // A new customer activation knows nothing of what the venue applied: it delivers its whole stored outbox again
        // to the venue's next activation (which holds what the last one wrote on its way out).
        await fx.DeactivateAsync(customer);
        await fx.DeactivateAsync(venue);
        await customer.Wake();
        var again = Assert.Single(await venue.GetOpenFollowUps());
        Assert.Equal((followUp.Id, followUp.TriggerEventId), (again.Id, again.TriggerEventId));
    }
}
