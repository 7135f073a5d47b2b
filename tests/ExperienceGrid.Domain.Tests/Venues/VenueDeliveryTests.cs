using ExperienceGrid.Domain.Tests.Support;
using ExperienceGrid.Domain.Venues;
using static ExperienceGrid.Domain.Tests.Venues.VenueFloor;

namespace ExperienceGrid.Domain.Tests.Venues;

/// <summary>Each customer's deliveries apply once, in the order of their sequence; the venue keeps a mark per customer.</summary>
public sealed class VenueDeliveryTests
{
    private readonly VenueFloor _floor = new();

    [Fact]
    public void A_delivery_is_applied_once_by_its_sequence_and_marks_the_customer()
    {
        IReadOnlyList<VenueDelivery> batch = [Delivery(1, "d-once", 0, Complaint), Delivery(2, "d-once", 1, Greeting)];

        var first = _floor.Apply("d-once", batch, Guest.At(2));
        Assert.Equal([CountsChanged.Instance], VenueFloor.Live(first));
        Assert.Equal(new CustomerMark(2, Guest.At(2)), _floor.State.Deliveries["d-once"]);
        Assert.Equal(2, VenueModel.LastApplied(_floor.State, "d-once"));
        Assert.Equal(new MomentCounts(1, 0, 1), _floor.View(2).LastHour);

        // The same batch again, later: nothing changes, not even the mark's time.
        var before = _floor.State;
        var again = _floor.Apply("d-once", batch, Guest.At(5));
        Assert.Empty(again.Changes);
        Assert.Null(again.Refusal);
        Assert.Same(before, again.State);
        Assert.Equal(new CustomerMark(2, Guest.At(2)), _floor.State.Deliveries["d-once"]);

        // A batch overlapping what was applied: only the new delivery counts.
        _floor.Apply("d-once", [batch[1], Delivery(3, "d-once", 3, Complaint)], Guest.At(6));
        Assert.Equal(new MomentCounts(2, 0, 1), _floor.View(6).LastHour);
        Assert.Equal(new CustomerMark(3, Guest.At(6)), _floor.State.Deliveries["d-once"]);
    }

    [Fact]
    public void Lower_or_equal_sequences_in_a_batch_are_skipped()
    {
        _floor.Apply("d-order", [
            Delivery(1, "d-order", 0, Complaint),
            Delivery(3, "d-order", 0, Greeting),
            Delivery(2, "d-order", 0, new TouchpointMoment("transfer", MomentKind.Misery)),
            Delivery(3, "d-order", 0, new TouchpointMoment("policy.quoted", MomentKind.Misery)),
            Delivery(4, "d-order", 0, Apology),
        ], Guest.At(1));

        var touchpoints = _floor.View(1).Touchpoints!;
        Assert.Equal(["apology", "complaint", "greeting"], touchpoints.Keys.Order());
        Assert.Equal(new MomentCounts(1, 1, 1), _floor.View(1).LastHour);
        Assert.Equal(4, VenueModel.LastApplied(_floor.State, "d-order"));
    }

    [Fact]
    public void Each_customer_is_numbered_on_its_own()
    {
        _floor.Apply("d-a", [Delivery(1, "d-a", 0, Complaint), Delivery(2, "d-a", 0, Complaint)], Guest.At(0));

        var other = _floor.Apply("d-b", [Delivery(1, "d-b", 0, Greeting)], Guest.At(0));

        Assert.Equal([CountsChanged.Instance], other.Changes);
        Assert.Equal((2L, 1L), (VenueModel.LastApplied(_floor.State, "d-a"), VenueModel.LastApplied(_floor.State, "d-b")));
        Assert.Equal(0, VenueModel.LastApplied(_floor.State, "d-nobody"));
        Assert.Equal(new MomentCounts(2, 0, 1), _floor.View(0).LastHour);
    }

    [Fact]
    public void A_delivery_that_changes_nothing_visible_still_moves_the_mark()
    {

        var outcome = _floor.Send(new VenueActivity("d-quiet", Guest.At(0)), Guest.At(3));

        Assert.Equal([CountsChanged.Instance], outcome.Changes);
        Assert.Equal(new CustomerMark(1, Guest.At(3)), _floor.State.Deliveries["d-quiet"]);
    }

    [Fact]
    public void Forgetting_deliveries_keeps_the_marks_of_open_visits_of_keep_and_of_recent_customers()
    {
        _floor.Send(new VenueActivity("f-visiting", Guest.At(0), VisitOpened: true), Guest.At(0));
        _floor.Send(new VenueActivity("f-left", Guest.At(0), VisitOpened: true), Guest.At(0));
        _floor.Send(new VenueActivity("f-left", Guest.At(1), VisitClosed: true, ClosedScore: 70), Guest.At(1));
        _floor.Send(Moments("f-kept", 1, Greeting), Guest.At(1));
        _floor.Send(Moments("f-recent", 30, Greeting), Guest.At(30));

        var forgotten = VenueModel.ForgetDeliveries(_floor.State, Guest.At(10), id => id == "f-kept");

        Assert.Equal(["f-kept", "f-recent", "f-visiting"], forgotten.Deliveries.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0, VenueModel.LastApplied(forgotten, "f-left"));
        Assert.Equal(_floor.State.Minutes, forgotten.Minutes);

        // With nothing old enough, the venue is returned as it was.
        Assert.Same(_floor.State, VenueModel.ForgetDeliveries(_floor.State, Guest.At(0), _ => false));
    }

    [Fact]
    public void A_released_customer_loses_its_mark_unless_a_visit_is_open_or_a_later_delivery_came()
    {
        _floor.Send(new VenueActivity("r-left", Guest.At(0), VisitOpened: true), Guest.At(0));
        _floor.Send(new VenueActivity("r-left", Guest.At(1), VisitClosed: true, ClosedScore: 70), Guest.At(1));
        _floor.Send(new VenueActivity("r-visiting", Guest.At(0), VisitOpened: true), Guest.At(0));
        _floor.Send(Moments("r-later", 1, Greeting), Guest.At(1));
        _floor.Send(Moments("r-later", 2, Greeting), Guest.At(2));

        var released = VenueModel.Release(_floor.State, "r-left", through: 2);
        Assert.False(released.Deliveries.ContainsKey("r-left"));
        Assert.Equal(_floor.State.Totals, released.Totals);

        Assert.Same(_floor.State, VenueModel.Release(_floor.State, "r-visiting", through: 5));
        Assert.Same(_floor.State, VenueModel.Release(_floor.State, "r-later", through: 1));
        Assert.Same(_floor.State, VenueModel.Release(_floor.State, "r-nobody", through: 9));

        // Released, the customer's next delivery (a higher sequence) is applied as new.
        var venue = VenueModel.Release(_floor.State, "r-later", through: 2);
        Assert.Equal(0, VenueModel.LastApplied(venue, "r-later"));
    }

    private static VenueDelivery Delivery(long sequence, string customerId, double minute, TouchpointMoment moment) =>
        new(sequence, DemoChain.BurgerVenue, new VenueActivity(customerId, Guest.At(minute), TouchpointMoments: [moment]));
}
