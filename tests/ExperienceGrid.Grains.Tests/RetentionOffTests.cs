using ExperienceGrid.Contracts;
using ExperienceGrid.Grains.Tests.Infrastructure;
using ExperienceGrid.Silo.Grains;
using ExperienceGrid.Silo.Privacy;
using static ExperienceGrid.Grains.Tests.Infrastructure.GuestTouchpoints;

namespace ExperienceGrid.Grains.Tests;

/// <summary>Retention off: no bucket is written and the sweep erases nobody, but each guest still keeps its latest day.</summary>
public sealed class RetentionOffTests(RetentionOffCluster fx) : IClassFixture<RetentionOffCluster>
{
    [Fact]
    public async Task With_retention_off_no_bucket_is_written_and_nobody_is_swept()
    {
        const string customerId = "ret-off";
        var at = DateTimeOffset.UtcNow.AddDays(-403);
        var customer = fx.Customer(customerId);
        await customer.Record(AtRisk(customerId, "ember-london-soho", at));

        var sweep = fx.Grains.GetGrain<IRetentionSweepGrain>(IRetentionSweepGrain.Key);
        Assert.Equal(0, await sweep.Sweep());
        Assert.NotNull(await customer.GetView());
        Assert.Equal(GuestDays.DayOf(at), (await fx.ReadStoredAsync<CustomerGrainState>("customer", customer))!.LastSeenDay);
        Assert.Equal(0, fx.Calls.Count(nameof(IGuestDayGrain.Add), GuestDays.KeyOf(GuestDays.DayOf(at), customerId)));
        Assert.Empty(await sweep.GetDays());
    }
}
