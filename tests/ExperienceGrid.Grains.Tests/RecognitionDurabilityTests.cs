using ExperienceGrid.Contracts;
using ExperienceGrid.Grains.Tests.Infrastructure;
using ExperienceGrid.Silo.Grains;
using static ExperienceGrid.Grains.Tests.Infrastructure.GuestTouchpoints;

namespace ExperienceGrid.Grains.Tests;

/// <summary>
/// A WOW credited by a venue whose silo is killed before it wrote: the customer delivers again to the venue on the
/// surviving silo, which credits it then; the history holds the credit once.
/// </summary>
public sealed class RecognitionDurabilityTests(SiloLossCluster fx) : IClassFixture<SiloLossCluster>
{
    [Fact]
    public async Task A_wow_credited_before_a_silo_kill_is_credited_once()
    {
        const string venueId = "credited-venue";
        var (customer, customerId, venue) = await fx.OnDifferentSilosAsync("credited", venueId);
        var at = DateTimeOffset.UtcNow.AddMinutes(-3);
        await customer.Record([Start(customerId, venueId, at), Make($"{customerId}-wow", customerId, venueId, "greeting", at.AddSeconds(1), value: 10) with { StaffId = "staff.kim" }]);
        Assert.Null(await fx.ReadStoredAsync<VenueGrainState>("venue", venue));

        await fx.Cluster.KillSiloAsync(fx.Cluster.Silos.Single(s => s.SiloAddress == fx.SiloOf(venue)));

        // The redelivered WOW is credited by the new activation (in the minute it is counting, as it came late); a
        // later guest's moments finish that minute, and the venue's write (once a minute here) hands it over. Credits
        // are kept per hour (a stored minute keeps only its counts).
        var day = fx.Grains.GetGrain<IVenueDayGrain>(IVenueDayGrain.KeyOf(venueId, IVenueDayGrain.DayOf(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 60)));
        var later = fx.Customer("credited-later");
        var hours = await Eventually.Until(
            async () =>
            {
                try
                {
                    await later.Record([Start("credited-later", venueId, DateTimeOffset.UtcNow)]);
                    await later.Record(Pleasant("credited-later", venueId, $"p{DateTimeOffset.UtcNow.Ticks}", DateTimeOffset.UtcNow));
                    return await day.GetHours();
                }
                catch (Exception e) when (e is OrleansException or TimeoutException)
                {
                    return null;
                }
            },
            m => m?.Any(t => t.RecognitionsOrEmpty.Any(r => r.StaffId == "staff.kim")) == true,
            TimeSpan.FromSeconds(240), "the credit in the history");

        var credits = hours!.SelectMany(t => t.RecognitionsOrEmpty).Where(r => r.StaffId == "staff.kim").ToList();
        Assert.Equal((1, 0), (credits.Sum(c => c.Wows), credits.Sum(c => c.Recoveries)));
        // Not counted again in the minute the venue is counting now (a hand-over still pending is added once).
        var stored = (await fx.ReadStoredAsync<VenueGrainState>("venue", venue))!;
        Assert.DoesNotContain(stored.Venue!.Tallies.Values.SelectMany(t => t.RecognitionsOrEmpty), r => r.StaffId == "staff.kim");
    }
}
