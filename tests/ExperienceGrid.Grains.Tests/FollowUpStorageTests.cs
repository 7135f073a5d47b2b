using ExperienceGrid.Domain.Venues;
using ExperienceGrid.Grains.Tests.Infrastructure;
using ExperienceGrid.Silo.Grains;
using static ExperienceGrid.Grains.Tests.Infrastructure.GuestTouchpoints;

namespace ExperienceGrid.Grains.Tests;

/// <summary>Follow-ups and WOW opportunities are kept by the venue (written within 200 ms), and done is written before it answers.</summary>
public sealed class FollowUpStorageTests(EagerWritesCluster fx) : IClassFixture<EagerWritesCluster>
{
    [Fact]
    public async Task A_follow_up_is_kept_across_deactivation_and_marking_it_done_is_stored()
    {
        const string venueId = "followup-kept-venue";
        var (customer, customerId, venue) = await fx.OnDifferentSilosAsync("followup-kept", venueId);
        var at = DateTimeOffset.UtcNow.AddMinutes(-3);
        await customer.Record([.. AtRisk(customerId, venueId, at), Make($"{customerId}-end", customerId, venueId, "visit.end", at.AddSeconds(30))]);

        var followUp = Assert.Single(await venue.GetOpenFollowUps());
        Assert.Equal((FollowUp.Care, customerId, venueId, $"{venueId}:1"), (followUp.Kind, followUp.CustomerId, followUp.VenueId, followUp.Id));
        Assert.Equal(["staff.said_no", "complaint"], followUp.Unrecovered);
        Assert.Null(followUp.DoneAt);

        await Eventually.Until(() => fx.ReadStoredAsync<VenueGrainState>("venue", venue), s => s?.Venue?.FollowUps.Count == 1, what: "the venue's lazy write");
        await fx.DeactivateAsync(venue);
        var reloaded = Assert.Single(await venue.GetOpenFollowUps());
        Assert.Equal((followUp.Id, followUp.At, followUp.Reason), (reloaded.Id, reloaded.At, reloaded.Reason));
        Assert.Equal(followUp.Unrecovered, reloaded.Unrecovered);

        var done = await venue.CompleteFollowUp(followUp.Id, "manager.test", FollowUpOutcome.NoAnswer);
        Assert.Equal("manager.test", done?.DoneBy);
        Assert.NotNull(done?.DoneAt);
        Assert.Empty(await venue.GetOpenFollowUps());

        // Written before the answer: storage holds it done at once, and so does a new activation.
        Assert.Empty((await fx.ReadStoredAsync<VenueGrainState>("venue", venue))!.Venue!.FollowUps);
        await fx.DeactivateAsync(venue);
        Assert.Empty(await venue.GetOpenFollowUps());
        Assert.Null(await venue.CompleteFollowUp(followUp.Id, "manager.test", FollowUpOutcome.NoAnswer));
    }

    [Fact]
    public async Task A_wow_opportunity_is_kept_with_where_the_guest_was_and_what_to_do()
    {
        const string venueId = "followup-wow-venue";
        const string customerId = "followup-wow";
        var at = DateTimeOffset.UtcNow.AddMinutes(-3);
        await fx.Customer(customerId).Record(
        [
            Start(customerId, venueId, at),
            Make($"{customerId}-complaint", customerId, venueId, "complaint", at.AddSeconds(1)),
            Make($"{customerId}-apology", customerId, venueId, "apology", at.AddSeconds(2)),
            Make($"{customerId}-checkout", customerId, venueId, "checkout", at.AddSeconds(20), value: 2),
        ]);

        var wow = Assert.Single(await fx.Venue(venueId).GetOpenFollowUps());
        Assert.Equal((FollowUp.Wow, "checkout", customerId), (wow.Kind, wow.Touchpoint, wow.CustomerId));
        Assert.NotEmpty(wow.Suggestions);
        Assert.Empty(wow.Unrecovered);
    }

    [Fact]
    public async Task A_venue_keeps_its_latest_open_follow_ups_and_drops_the_oldest()
    {
        const string venueId = "followup-bounded-venue";
        const string customerId = "followup-bounded";
        var at = DateTimeOffset.UtcNow.AddHours(-2);
        var visits = VenueModel.MaxOpenFollowUps + 1;

        // One guest, one misery and a visit end per visit: a follow-up each.
        await fx.Customer(customerId).Record([.. Enumerable.Range(0, visits).SelectMany(i => new[]
        {
            Make($"{customerId}-{i}-start", customerId, venueId, "visit.start", at.AddSeconds(i * 10)),
            Make($"{customerId}-{i}-no", customerId, venueId, "staff.said_no", at.AddSeconds((i * 10) + 1)),
            Make($"{customerId}-{i}-end", customerId, venueId, "visit.end", at.AddSeconds((i * 10) + 2)),
        })]);

        var open = await fx.Venue(venueId).GetOpenFollowUps();
        Assert.Equal(VenueModel.MaxOpenFollowUps, open.Count);
        Assert.Equal($"{venueId}:{visits}", open[0].Id);
        Assert.Equal($"{venueId}:2", open[^1].Id);
    }
}
