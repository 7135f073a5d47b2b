using ExperienceGrid.Grains.Tests.Infrastructure;
using ExperienceGrid.Silo.Grains;
using static ExperienceGrid.Grains.Tests.Infrastructure.GuestTouchpoints;

namespace ExperienceGrid.Grains.Tests;

/// <summary>
/// A care follow-up still open at its due time is marked overdue by the venue's due reminder, written, and the
/// reminder goes once nothing waits for its due time.
/// </summary>
public sealed class FollowUpDueTests(FollowUpDueCluster fx) : IClassFixture<FollowUpDueCluster>
{
    [Fact]
    public async Task An_open_follow_up_turns_overdue_at_its_due_time_and_the_reminder_goes()
    {
        const string venueId = "followup-due-venue";
        var (customer, customerId, venue) = await fx.OnDifferentSilosAsync("followup-due", venueId);
        var at = DateTimeOffset.UtcNow.AddSeconds(-1);
        await customer.Record([.. AtRisk(customerId, venueId, at), Make($"{customerId}-end", customerId, venueId, "visit.end", at.AddSeconds(1))]);

        var kept = Assert.Single(await venue.GetOpenFollowUps());
        Assert.Equal(at.AddSeconds(3), kept.Due);
        Assert.NotNull(await fx.ReadReminderAsync(venue, "follow-ups-due"));

        var overdue = await Eventually.Until(async () => Assert.Single(await venue.GetOpenFollowUps()), f => f.OverdueAt is not null,
            TimeSpan.FromSeconds(30), "the due reminder to mark it overdue");
        Assert.True(overdue.OverdueAt >= kept.Due);
        await Eventually.Until(() => fx.ReadStoredAsync<VenueGrainState>("venue", venue), s => s?.Venue?.FollowUps.Single().OverdueAt is not null, what: "the overdue mark written");
        await Eventually.Until(() => fx.ReadReminderAsync(venue, "follow-ups-due"), r => r is null, what: "the due reminder to go");
    }
}
