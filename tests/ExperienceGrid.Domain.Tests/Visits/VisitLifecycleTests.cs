using System.Text.Json;
using ExperienceGrid.Domain.Signals;
using ExperienceGrid.Domain.Tests.Support;

namespace ExperienceGrid.Domain.Tests.Visits;

public sealed class VisitLifecycleTests
{
    [Fact]
    public void Visit_start_opens_and_visit_end_closes()
    {
        var guest = new Guest("life-1");
        guest.Touch("visit.start", 0, zone: "counter");
        var opened = Assert.IsType<VisitOpened>(Assert.Single(guest.Last));
        Assert.Equal(DemoChain.BurgerVenue, opened.VenueId);
        Assert.Equal("counter", guest.Visit.Zone);
        Assert.Equal(60, guest.Visit.Score);

        guest.Touch("visit.end", 30);

        Assert.Null(guest.State.Visit);
        var closed = Assert.Single(guest.Last.OfType<VisitClosed>());
        Assert.Equal(VisitCloseReason.Ended, closed.Reason);
        Assert.Equal(Guest.At(30), closed.At);
        Assert.Equal(VisitCloseReason.Ended, guest.State.LastClosedVisit!.Reason);
        Assert.Equal(2, guest.State.TouchpointCount);
    }

    [Fact]
    public void The_first_touchpoint_in_a_venue_opens_a_visit()
    {
        var guest = new Guest("life-2");
        guest.Touch("queue.wait", 0, value: 3);
        Assert.Single(guest.SignalsOf<VisitOpened>());
        Assert.Equal(Guest.At(0), guest.Visit.OpenedAt);
        Assert.Single(guest.Visit.Moments);
    }

    [Fact]
    public void A_touchpoint_in_another_venue_closes_the_visit_and_opens_one_there()
    {
        var guest = new Guest("life-3");
        guest.Touch("queue.wait", 0, value: 1);
        guest.Touch("queue.wait", 20, value: 1, venue: DemoChain.OtherBurgerVenue);

        var closed = Assert.Single(guest.SignalsOf<VisitClosed>());
        Assert.Equal(VisitCloseReason.VenueChanged, closed.Reason);
        Assert.Equal(DemoChain.BurgerVenue, closed.VenueId);
        Assert.Equal(DemoChain.OtherBurgerVenue, guest.Visit.VenueId);
        Assert.Single(guest.Visit.Moments);
        Assert.Equal(1, guest.State.Loyalty.VisitCount);
    }

    [Fact]
    public void Advance_closes_an_idle_visit_at_the_timeout_and_not_before()
    {
        var guest = new Guest("life-4");
        guest.Touch("queue.wait", 0, value: 3);
        var before = guest.State;
        Assert.Equal(Guest.At(120), DemoChain.Model.NextCheckAt(before));

        var early = guest.Advance(119);
        Assert.Same(before, early.State);
        Assert.Empty(early.Signals);

        guest.Advance(500);
        Assert.Null(guest.State.Visit);
        var closed = Assert.Single(guest.SignalsOf<VisitClosed>());
        Assert.Equal(VisitCloseReason.Inactivity, closed.Reason);
        Assert.Equal(Guest.At(120), closed.At);
        Assert.Null(DemoChain.Model.NextCheckAt(guest.State));
    }

    [Fact]
    public void A_late_touchpoint_closes_the_idle_visit_and_opens_a_new_one()
    {
        var guest = new Guest("life-5");
        guest.Touch("queue.wait", 0, value: 3);
        guest.Touch("queue.wait", 300, value: 3);

        Assert.Equal(VisitCloseReason.Inactivity, Assert.Single(guest.SignalsOf<VisitClosed>()).Reason);
        Assert.Equal(2, guest.SignalsOf<VisitOpened>().Count());
        Assert.Equal(Guest.At(300), guest.Visit.OpenedAt);
    }

    [Fact]
    public void Activity_keeps_the_visit_open()
    {
        var guest = new Guest("life-6");
        guest.Touch("queue.wait", 0, value: 3);
        guest.Touch("order.taken", 100, value: 3);
        guest.Touch("food.served", 200, value: 3);
        Assert.Empty(guest.SignalsOf<VisitClosed>());
        Assert.Equal(Guest.At(320), DemoChain.Model.NextCheckAt(guest.State));
    }

    [Fact]
    public void Visit_end_without_an_open_visit_changes_nothing_but_the_count()
    {
        var guest = new Guest("life-7");
        var outcome = guest.Touch("visit.end", 0);
        Assert.Empty(outcome.Signals);
        Assert.Null(outcome.State.Visit);
        Assert.Equal(1, outcome.State.TouchpointCount);
    }

    [Fact]
    public void Apply_does_not_change_its_input()
    {
        var guest = new Guest("life-8");
        guest.Touch("complaint", 0);
        var before = guest.State;
        var json = JsonSerializer.Serialize(before, JsonSerializerOptions.Web);

        DemoChain.Model.Apply(before, guest.Make("apology", 1));
        DemoChain.Model.Advance(before, Guest.At(1000));

        Assert.Equal(json, JsonSerializer.Serialize(before, JsonSerializerOptions.Web));
    }

    [Fact]
    public void Unknown_kinds_keep_the_visit_alive_without_a_moment()
    {
        var guest = new Guest("life-9");
        guest.Touch("queue.wait", 0, value: 3);
        guest.Touch("robot.dance", 100);
        Assert.Single(guest.Visit.Moments);
        Assert.Equal(Guest.At(100), guest.Visit.LastTouchpointAt);
    }

    [Fact]
    public void A_touchpoint_for_another_customer_is_rejected()
    {
        var state = ExperienceModel.NewCustomer("life-10");
        var tp = new Touchpoint("e1", "someone-else", DemoChain.BurgerVenue, "greeting", Guest.T0);
        Assert.Throws<ArgumentException>(() => DemoChain.Model.Apply(state, tp));
    }
}
