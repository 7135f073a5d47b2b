using ExperienceGrid.Domain.Tests.Support;
using ExperienceGrid.Domain.Venues;

namespace ExperienceGrid.Domain.Tests.Venues;

/// <summary><see cref="VenueActivity.From"/>: one activity per venue a guest message touched, from the experience model's real signals.</summary>
public sealed class VenueActivityTests
{
    [Fact]
    public void A_message_at_one_venue_becomes_one_activity_with_its_visit_moments_and_source()
    {
        var guest = new Guest("va-one").WithLoyalty(85);
        var outcome = DemoChain.Model.Apply(guest.State, guest.Make("greeting", 0, value: 10, zone: "bar"));

        var (venueId, activity) = Assert.Single(VenueActivity.From(outcome.Signals, outcome.State, "Ada", "va-source"));

        Assert.Equal(DemoChain.BurgerVenue, venueId);
        Assert.Equal(("va-one", Guest.At(0), true, false), (activity.CustomerId, activity.At, activity.VisitOpened, activity.VisitClosed));
        Assert.Equal(outcome.State.Visit!.Score, activity.VisitScore);
        Assert.Equal([new TouchpointMoment("greeting", MomentKind.Wow, StaffId: "staff-7")], activity.TouchpointMoments!);
        Assert.Equal(("Ada", outcome.State.Loyalty.Tier.ToString(), "va-source"), (activity.DisplayName, activity.Tier, activity.SourceId));
        Assert.NotEqual(nameof(Tier.Bronze), activity.Tier);
        Assert.Equal((null, false, null, null, null), (activity.Risk, activity.RiskCleared, activity.Miseries, activity.Nudges, activity.FollowUps));
    }

    [Fact]
    public void No_signals_make_no_activity()
    {
        var guest = new Guest("va-none");
        guest.Touch("greeting", 0, value: 10);
        var quiet = DemoChain.Model.Advance(guest.State, Guest.At(1));

        Assert.Empty(quiet.Signals);
        Assert.Empty(VenueActivity.From(quiet.Signals, quiet.State, "Ada", "advance:1"));
    }

    [Fact]
    public void A_risk_carries_the_visits_miseries_and_zone_and_a_recovery_clears_it()
    {
        var guest = new Guest("va-risk");
        guest.Touch("staff.said_no", 0, zone: "patio");
        var worse = guest.Touch("complaint", 1);

        var risky = Single(worse, "e2");
        Assert.Equal(guest.Visit.Risk, risky.Risk);
        Assert.False(risky.RiskCleared);
        Assert.Equal("patio", risky.Zone);
        Assert.Equal(["staff.said_no", "complaint"], risky.Miseries!.Select(m => m.Kind));

        guest.Touch("apology", 2);
        var cleared = Single(guest.Touch("apology", 3), "e4");
        Assert.Null(guest.Visit.Risk);
        Assert.Equal((null, true, null), (cleared.Risk, cleared.RiskCleared, cleared.Miseries));
    }

    [Fact]
    public void Moving_to_another_venue_closes_the_visit_at_the_first_and_opens_one_at_the_second()
    {
        var guest = new Guest("va-move");
        guest.Touch("staff.said_no", 0);
        guest.Touch("complaint", 1);
        var closedScore = guest.Visit.Score;

        var moved = guest.Touch("greeting", 20, value: 10, venue: DemoChain.OtherBurgerVenue);
        var activities = VenueActivity.From(moved.Signals, moved.State, "Ada", "va-move-e3").ToDictionary(a => a.VenueId, a => a.Activity);

        Assert.Equal([DemoChain.OtherBurgerVenue, DemoChain.BurgerVenue], activities.Keys.Order(StringComparer.Ordinal));
        var left = activities[DemoChain.BurgerVenue];
        Assert.Equal((true, false, closedScore, true), (left.VisitClosed, left.VisitOpened, left.ClosedScore, left.RiskCleared));
        Assert.Null(left.TouchpointMoments);
        var followUp = Assert.Single(left.FollowUps!);
        Assert.Equal(("", FollowUp.Care, "va-move-e3"), (followUp.Id, followUp.Kind, followUp.TriggerEventId));
        Assert.Equal(["staff.said_no", "complaint"], followUp.Unrecovered);

        var arrived = activities[DemoChain.OtherBurgerVenue];
        Assert.Equal((false, true, moved.State.Visit!.Score), (arrived.VisitClosed, arrived.VisitOpened, arrived.VisitScore));
        Assert.Equal([new TouchpointMoment("greeting", MomentKind.Wow, StaffId: "staff-7")], arrived.TouchpointMoments!);
    }

    [Fact]
    public void Nudge_changes_travel_in_order_as_the_floor_sees_them()
    {
        var guest = new Guest("va-nudge");
        var raised = Single(guest.Touch("queue.wait", 0, value: 5, zone: "door"), "e1");
        var answered = Single(guest.Touch("care.offered", 0.5), "e2");
        var closed = Single(guest.Touch("visit.end", 10), "e3");

        var open = Assert.Single(raised.Nudges!);
        Assert.Equal((NudgeStatus.Open, "queue.wait", "door", "va-nudge", "Ada"), (open.Status, open.Kind, open.Zone, open.CustomerId, open.DisplayName));
        Assert.NotEmpty(open.Offers);
        Assert.Equal(Guest.At(1), open.MiseryAt);
        Assert.Equal((NudgeStatus.Answered, open.NudgeId, Guest.At(0.5)), (answered.Nudges![0].Status, answered.Nudges[0].NudgeId, answered.Nudges[0].AnsweredAt));
        Assert.Equal((NudgeStatus.Prevented, open.NudgeId), (closed.Nudges![0].Status, closed.Nudges[0].NudgeId));
    }

    [Fact]
    public void A_wow_opportunity_travels_unnumbered_with_where_the_guest_was_and_what_to_do()
    {
        var guest = new Guest("va-wow").WithLoyalty(85);
        guest.Touch("queue.wait", 0, value: 3, zone: "dining");

        var wow = Assert.Single(Single(guest.Touch("bill.presented", 30, value: 3), "e2").FollowUps!);

        Assert.Equal(("", FollowUp.Wow, "bill.presented", "dining", "va-wow-e2"), (wow.Id, wow.Kind, wow.Touchpoint, wow.Zone, wow.TriggerEventId));
        Assert.Equal((DemoChain.BurgerVenue, Guest.At(30)), (wow.VenueId, wow.At));
        Assert.NotEmpty(wow.Suggestions);
    }

    private static VenueActivity Single(CustomerOutcome outcome, string eventSuffix)
    {
        var (venueId, activity) = Assert.Single(VenueActivity.From(outcome.Signals, outcome.State, "Ada", $"{outcome.State.CustomerId}-{eventSuffix}"));
        Assert.Equal(DemoChain.BurgerVenue, venueId);
        return activity;
    }
}
