using ExperienceGrid.Contracts;
using ExperienceGrid.Domain.Venues;
using ExperienceGrid.Grains.Tests.Infrastructure;
using static ExperienceGrid.Grains.Tests.Infrastructure.GuestTouchpoints;

namespace ExperienceGrid.Grains.Tests;

/// <summary>
/// A venue's history in its day grains: finished minutes arrive after the venue's write, each added once, and add up
/// to hours; the first minute of a day keeps the day before yesterday to its hours and forgets the day past 8 weeks.
/// </summary>
public sealed class VenueHistoryTests(EagerWritesCluster fx) : IClassFixture<EagerWritesCluster>
{
    [Fact]
    public async Task A_finished_minute_reaches_the_days_history_with_its_moments_and_alerts()
    {
        const string venueId = "history-venue";
        var (customer, customerId, _) = await fx.OnDifferentSilosAsync("history", venueId);
        // Whole minutes three minutes ago, so the two miseries share one; the alert counts when the venue raised it (now).
        var at = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.AddMinutes(-3).ToUnixTimeSeconds() / 60 * 60);
        await customer.Record([.. AtRisk(customerId, venueId, at), .. Pleasant(customerId, venueId, "later", DateTimeOffset.UtcNow)]);

        var minute = at.ToUnixTimeSeconds() / 60;
        var day = fx.Grains.GetGrain<IVenueDayGrain>(IVenueDayGrain.KeyOf(venueId, IVenueDayGrain.DayOf(minute)));
        var minutes = await Eventually.Until(day.GetMinutes, m => m.Any(t => t.Minute == minute), what: "the venue to hand its minute over");

        var counted = Assert.Single(minutes, t => t.Minute == minute);
        Assert.Equal(new MomentCounts(2, 0, 0), counted.Moments);
        Assert.Empty(counted.Touchpoints);
        var hour = Assert.Single(await day.GetHours(), h => h.Minute == minute - (minute % 60));
        Assert.Equal(new MomentCounts(1, 0, 0), hour.Touchpoints["complaint"]);
    }

    [Fact]
    public async Task A_minute_handed_over_again_is_added_once()
    {
        var day = fx.Grains.GetGrain<IVenueDayGrain>(IVenueDayGrain.KeyOf("history-once", new DateOnly(2026, 1, 10)));
        var minute = new DateTimeOffset(2026, 1, 10, 12, 5, 0, TimeSpan.Zero).ToUnixTimeSeconds() / 60;
        var tally = VenueTally.Empty(minute) with { Moments = new MomentCounts(1, 2, 3), Raised = 1 };

        await day.Add(new HistoryMinute(1, tally));
        await day.Add(new HistoryMinute(1, tally));
        await day.Add(new HistoryMinute(2, tally with { Moments = new MomentCounts(0, 0, 1) }));

        Assert.Equal((new MomentCounts(1, 2, 4), 2), (Assert.Single(await day.GetMinutes()).Moments, (await day.GetMinutes())[0].Raised));
        Assert.Equal(minute - 5, Assert.Single(await day.GetHours()).Minute);
    }

    [Fact]
    public async Task The_first_minute_of_a_day_compacts_the_day_before_yesterday_and_forgets_the_day_past_eight_weeks()
    {
        const string venueId = "history-tidy";
        var today = new DateOnly(2026, 3, 20);
        IVenueDayGrain Day(DateOnly day) => fx.Grains.GetGrain<IVenueDayGrain>(IVenueDayGrain.KeyOf(venueId, day));
        HistoryMinute At(DateOnly day, long sequence) =>
            new(sequence, VenueTally.Empty(new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero).ToUnixTimeSeconds() / 60) with { Raised = 1 });

        var beforeYesterday = today.AddDays(-2);
        var yesterday = today.AddDays(-1);
        var forgotten = today.AddDays(-IVenueDayGrain.KeptDays);
        await Day(forgotten).Add(At(forgotten, 1));
        await Day(beforeYesterday).Add(At(beforeYesterday, 2));
        await Day(yesterday).Add(At(yesterday, 3));

        await Day(today).Add(At(today, 4));

        await Eventually.Until(() => Day(beforeYesterday).GetMinutes(), m => m.Count == 0, what: "the day before yesterday to keep its hours only");
        Assert.Single(await Day(beforeYesterday).GetHours());
        await Eventually.Until(() => Day(forgotten).GetHours(), h => h.Count == 0, what: "the day past 8 weeks to be forgotten");
        Assert.Single(await Day(yesterday).GetMinutes());
    }
}
