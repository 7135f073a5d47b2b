using ExperienceGrid.Grains.Tests.Infrastructure;
using ExperienceGrid.Silo.Grains;
using static ExperienceGrid.Grains.Tests.Infrastructure.GuestTouchpoints;

namespace ExperienceGrid.Grains.Tests;

/// <summary>
/// An erasure cut short by the venue's silo dying: the guest's outbox is already gone, so nothing of them comes back
/// to the venue; erasing again completes it on the surviving silo.
/// </summary>
public sealed class ErasureTests(SiloLossCluster fx) : IClassFixture<SiloLossCluster>
{
    [Fact]
    public async Task An_erasure_cut_short_by_a_silo_kill_completes_when_called_again()
    {
        // A venue of the chain: an erasure asks every venue of the chain to forget the guest.
        const string venueId = "ember-london-soho";
        var (customer, customerId, venue) = await fx.OnDifferentSilosAsync("erased", venueId);
        var at = DateTimeOffset.UtcNow.AddMinutes(-3);
        await customer.Record([.. AtRisk(customerId, venueId, at)]);
        Assert.Single(await venue.GetFloorAlerts());
        Assert.NotNull(await fx.ReadRegisteredDueAsync(customerId));

        await fx.Cluster.KillSiloAsync(fx.Cluster.Silos.Single(s => s.SiloAddress == fx.SiloOf(venue)));
        await Eventually.Until(
            async () =>
            {
                try
                {
                    await customer.Erase();
                    return true;
                }
                catch (Exception e) when (e is OrleansException or TimeoutException)
                {
                    return false;
                }
            },
            done => done, TimeSpan.FromSeconds(60), "the erasure to complete on the surviving silo");

        Assert.Null(await customer.GetView());
        Assert.Null(await fx.ReadStoredAsync<CustomerGrainState>("customer", customer));
        Assert.Empty(await venue.GetFloorAlerts());
        var stored = (await fx.ReadStoredAsync<VenueGrainState>("venue", venue))!.Venue!;
        Assert.False(stored.Deliveries.ContainsKey(customerId));
        Assert.False(stored.OpenVisits.ContainsKey(customerId));

        // Nothing of the guest comes back: woken by its stale registration, the guest finds nothing and writes nothing.
        Assert.Null(await customer.Wake());
        Assert.Null(await fx.ReadStoredAsync<CustomerGrainState>("customer", customer));
        Assert.Empty(await venue.GetFloorAlerts());
    }
}
