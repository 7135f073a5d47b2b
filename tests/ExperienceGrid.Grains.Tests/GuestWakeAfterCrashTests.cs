using System.Diagnostics;
using ExperienceGrid.Grains.Tests.Infrastructure;
using ExperienceGrid.Silo.Grains;
using Xunit.Abstractions;
using static ExperienceGrid.Grains.Tests.Infrastructure.GuestTouchpoints;

namespace ExperienceGrid.Grains.Tests;

/// <summary>
/// A silo dies holding both a guest and its venue before the venue wrote: nobody is left to deliver again but the guest
/// registry, which wakes its guests when a silo starts, in seconds rather than at the next minute's tick.
/// </summary>
public sealed class GuestWakeAfterCrashTests(SiloLossCluster fx, ITestOutputHelper output) : IClassFixture<SiloLossCluster>
{
    [Fact]
    public async Task A_guest_with_undelivered_effects_on_a_killed_silo_is_woken_within_seconds_of_a_silo_start()
    {
        const string venueId = "crashed-venue";
        var (customer, customerId, venue) = await fx.OnOneSiloAsync("crashed", venueId);
        var at = DateTimeOffset.UtcNow.AddMinutes(-3);
        await customer.Record([Start(customerId, venueId, at), .. Pleasant(customerId, venueId, "a", at.AddSeconds(1)), .. Miseries(customerId, venueId, "b", at.AddSeconds(10))]);
        var expected = Counts(await customer.GetView());
        Assert.Equal(expected, (await venue.GetView()).LastHour);
        Assert.Null(await fx.ReadStoredAsync<VenueGrainState>("venue", venue));
        Assert.NotEmpty((await fx.ReadStoredAsync<CustomerGrainState>("customer", customer))!.Outbox);
        Assert.NotNull(await fx.ReadRegisteredDueAsync(customerId));

        await fx.Cluster.KillSiloAsync(fx.Cluster.Silos.Single(s => s.SiloAddress == fx.SiloOf(venue)));

        // Once the survivor holds the venue again it has none of the guest's moments: nothing there delivers them.
        var lost = await Eventually.Until(() => GridCluster.UnlessUnreachableAsync(venue.GetView), v => v is not null, TimeSpan.FromSeconds(60), "the venue to answer on the surviving silo");
        Assert.Equal(0, lost!.LastHour.Volume);

        await fx.Cluster.StartAdditionalSiloAsync();
        var clock = Stopwatch.StartNew();
        var view = await Eventually.Until(() => GridCluster.UnlessUnreachableAsync(venue.GetView), v => v?.LastHour.Volume >= expected.Volume, TimeSpan.FromSeconds(20), "the registry to wake the guest");
        output.WriteLine($"venue right again {clock.ElapsedMilliseconds} ms after the new silo started");
        Assert.Equal(expected, view!.LastHour);
        Assert.Equal((1, 1), (view.CurrentVisitors, view.OpenAlerts));
    }
}
