using System.Diagnostics;
using ExperienceGrid.Domain.Venues;
using ExperienceGrid.Grains.Tests.Infrastructure;
using ExperienceGrid.Silo.Grains;
using Xunit.Abstractions;
using static ExperienceGrid.Grains.Tests.Infrastructure.GuestTouchpoints;

namespace ExperienceGrid.Grains.Tests;

/// <summary>A venue whose silo is killed before the venue wrote: the customer on the surviving silo delivers again.</summary>
public sealed class SiloLossTests(SiloLossCluster fx, ITestOutputHelper output) : IClassFixture<SiloLossCluster>
{
    [Fact]
    public async Task A_venue_whose_silo_is_killed_before_it_wrote_gets_the_deliveries_again_on_the_surviving_silo()
    {
        const string venueId = "killed-venue";
        var (customer, customerId, venue) = await fx.OnDifferentSilosAsync("killed", venueId);
        var at = DateTimeOffset.UtcNow.AddMinutes(-3);
        await customer.Record([Start(customerId, venueId, at), .. Pleasant(customerId, venueId, "a", at.AddSeconds(1)), .. Miseries(customerId, venueId, "b", at.AddSeconds(10))]);
        var expected = Counts(await customer.GetView());
        Assert.Equal(new MomentCounts(2, 1, 2), expected);
        Assert.Equal(expected, (await venue.GetView()).LastHour);
        Assert.Null(await fx.ReadStoredAsync<VenueGrainState>("venue", venue));

        var venueSilo = fx.SiloOf(venue);
        var customerSilo = fx.SiloOf(customer);
        var clock = Stopwatch.StartNew();
        await fx.Cluster.KillSiloAsync(fx.Cluster.Silos.Single(s => s.SiloAddress == venueSilo));

        // The customer's retry timer delivers to a new activation once the cluster has declared the silo dead.
        var view = await Eventually.Until(
            () => GridCluster.UnlessUnreachableAsync(venue.GetView),
            v => v?.LastHour.Volume >= expected.Volume,
            TimeSpan.FromSeconds(60), "the venue to come back with the redelivered moments");
        output.WriteLine($"venue back with its moments {clock.ElapsedMilliseconds} ms after the kill");
        Assert.Equal(customerSilo, fx.SiloOf(venue));
        Assert.Equal(customerSilo, fx.SiloOf(customer));
        Assert.Equal(expected, view!.LastHour);
        Assert.Equal((1, 1, 1), (view.CurrentVisitors, view.OpenAlerts, view.AtRiskTotal));
        Assert.Equal(customerId, Assert.Single(await venue.GetFloorAlerts()).CustomerId);

        await customer.Wake();
        Assert.Equal(expected, (await venue.GetView()).LastHour);
    }
}
