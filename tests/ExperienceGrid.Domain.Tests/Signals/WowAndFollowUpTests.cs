using ExperienceGrid.Domain.Signals;
using ExperienceGrid.Domain.Tests.Support;

namespace ExperienceGrid.Domain.Tests.Signals;

public sealed class WowAndFollowUpTests
{
    [Fact]
    public void A_top_tier_guest_at_the_bill_raises_one_wow_opportunity()
    {
        var guest = new Guest("wow-1").WithLoyalty(85);
        guest.Touch("queue.wait", 0, value: 3, zone: "dining");
        guest.Touch("bill.presented", 30, value: 3);
        guest.Touch("checkout", 35, value: 1);

        var wow = Assert.Single(guest.SignalsOf<WowOpportunity>());
        Assert.Equal(Guest.At(30), wow.At);
        Assert.Equal("dining", wow.Zone);
        Assert.StartsWith("Platinum guest", wow.Reason);
        Assert.True(DemoChain.Config.TryGetBrand("blaze", out var brand));
        Assert.NotEmpty(wow.Suggestions);
        Assert.All(wow.Suggestions, s => Assert.Contains(s, brand.CareGestures));
    }

    [Fact]
    public void A_just_recovered_guest_at_departure_raises_a_wow_opportunity()
    {
        var guest = new Guest("wow-2");
        guest.Touch("complaint", 0);
        guest.Touch("apology", 2);
        guest.Touch("checkout", 20, value: 2);
        var wow = Assert.Single(guest.SignalsOf<WowOpportunity>());
        Assert.Contains("recovered", wow.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ordinary_guest_gets_no_wow_nudge()
    {
        var guest = new Guest("wow-3");
        guest.Touch("queue.wait", 0, value: 3);
        guest.Touch("bill.presented", 30, value: 3);
        Assert.Empty(guest.SignalsOf<WowOpportunity>());
    }

    [Fact]
    public void Closing_with_unrecovered_misery_creates_a_follow_up_task()
    {
        var guest = new Guest("follow-1");
        guest.Touch("staff.said_no", 0);
        guest.Touch("queue.wait", 1, value: 1);
        guest.Touch("visit.end", 30);

        var task = Assert.Single(guest.SignalsOf<FollowUpTask>());
        Assert.Equal("staff.said_no", Assert.Single(task.Unrecovered).Kind);
        Assert.Contains("Blaze Manchester Piccadilly", task.Reason, StringComparison.Ordinal);
        var closed = Assert.Single(guest.SignalsOf<VisitClosed>());
        Assert.True(closed.HadMisery);
        Assert.False(closed.Recovered);
    }

    [Fact]
    public void A_recovered_visit_needs_no_follow_up()
    {
        var guest = new Guest("follow-2");
        guest.Touch("staff.said_no", 0);
        guest.Touch("apology", 1);
        guest.Touch("visit.end", 30);

        Assert.Empty(guest.SignalsOf<FollowUpTask>());
        Assert.True(Assert.Single(guest.SignalsOf<VisitClosed>()).Recovered);
        Assert.True(guest.State.LastClosedVisit!.Recovered);
    }

    [Fact]
    public void An_inactivity_close_also_creates_the_follow_up()
    {
        var guest = new Guest("follow-3");
        guest.Touch("complaint", 0);
        guest.Advance(200);
        Assert.Equal(Guest.At(120), Assert.Single(guest.SignalsOf<FollowUpTask>()).At);
    }
}
