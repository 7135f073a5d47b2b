using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Domain.Tests.Support;
using ExperienceGrid.Domain.Venues;

namespace ExperienceGrid.Domain.Tests.Venues;

/// <summary>
/// The care follow-up's closed loop: due the chain's due time after the visit ended; still open then, it is marked
/// overdue once (the region hears); done, it records its outcome, counts in time or late, and a guest reached and
/// recovered gets the chain's follow-up touchpoint (and the end of the visit it opens).
/// </summary>
public sealed class VenueFollowUpDueTests
{
    private readonly VenueFloor _floor = new();

    private FollowUp UnhappyVisit(string customerId)
    {
        var guest = new Guest(customerId);
        _floor.Touch(guest, "visit.start", 0);
        _floor.Touch(guest, "staff.said_no", 0.1);
        return Assert.Single(_floor.Touch(guest, "visit.end", 0.2).Changes.OfType<FollowUpChanged>()).FollowUp;
    }

    [Fact]
    public void A_care_follow_up_is_due_the_chains_due_time_after_the_visit_ended()
    {
        var kept = UnhappyVisit("due-kept");

        Assert.Equal(Guest.At(0.2) + DemoChain.Config.Insights.FollowUpDue, kept.Due);
        Assert.Equal(kept.Due, VenueModel.NextFollowUpDue(_floor.State));
        Assert.Equal(1, VenueFloor.Counting(_floor.State).FollowUpsOpened);
    }

    [Fact]
    public void One_still_open_at_its_due_time_is_marked_overdue_once()
    {
        var kept = UnhappyVisit("due-late");

        Assert.Empty(VenueModel.MarkOverdue(_floor.State, kept.Due!.Value.AddSeconds(-1)).Changes);
        var overdue = VenueModel.MarkOverdue(_floor.State, kept.Due!.Value);

        var escalated = Assert.Single(overdue.Changes.OfType<FollowUpChanged>()).FollowUp;
        Assert.Equal((kept.Id, kept.Due), (escalated.Id, escalated.OverdueAt));
        Assert.Null(VenueModel.NextFollowUpDue(overdue.State));
        Assert.Empty(VenueModel.MarkOverdue(overdue.State, kept.Due!.Value.AddHours(1)).Changes);
        Assert.Equal(1, overdue.Changes.OfType<MinuteFinished>().Sum(m => m.Minute.Tally.FollowUpsOverdue) + VenueFloor.Counting(overdue.State).FollowUpsOverdue);
    }

    [Fact]
    public void Done_in_time_with_the_guest_recovered_records_the_follow_up_touchpoint_and_ends_that_visit()
    {
        var kept = UnhappyVisit("due-recovered");

        var done = _floor.Complete(kept.Id, "manager.fay", 60, FollowUpOutcome.Recovered);

        Assert.Equal((FollowUpOutcome.Recovered, "manager.fay"), (Assert.Single(done.Changes.OfType<FollowUpChanged>()).FollowUp.Outcome, "manager.fay"));
        var touchpoints = Assert.Single(done.Changes.OfType<RecoveryRequested>()).Touchpoints;
        Assert.Equal(
            [($"followup:{kept.Id}:done", DemoChain.Config.Insights.FollowUpTouchpoint), ($"followup:{kept.Id}:end", ChainConfigLoader.VisitEndKind)],
            touchpoints.Select(t => (t.EventId, t.Kind)));
        Assert.All(touchpoints, t => Assert.Equal(("due-recovered", _floor.VenueId), (t.CustomerId, t.VenueId)));
        Assert.Equal((1L, 1.0), (_floor.State.Totals.FollowUpsClosed, _floor.View(60).FollowUpsInTimeRate));
    }

    [Fact]
    public void Done_after_its_due_time_counts_late_and_another_outcome_records_nothing_on_the_guest()
    {
        var kept = UnhappyVisit("due-after");
        var dueMinutes = (kept.Due!.Value - Guest.T0).TotalMinutes;

        var done = _floor.Complete(kept.Id, "manager.gus", dueMinutes + 1, FollowUpOutcome.NoAnswer);

        Assert.Empty(done.Changes.OfType<RecoveryRequested>());
        Assert.Equal((1L, 0.0), (_floor.State.Totals.FollowUpsClosed, _floor.View(dueMinutes + 1).FollowUpsInTimeRate));
    }

    [Fact]
    public void A_care_follow_up_needs_one_of_the_outcomes_and_a_wow_opportunity_none()
    {
        var kept = UnhappyVisit("due-outcome");
        var before = _floor.State;

        Assert.StartsWith("a care follow-up is done with an outcome", VenueFloor.Model.CompleteFollowUp(before, kept.Id, "m", null, Guest.At(1)).Refusal);
        Assert.StartsWith("a care follow-up is done with an outcome", VenueFloor.Model.CompleteFollowUp(before, kept.Id, "m", "maybe", Guest.At(1)).Refusal);

        var guest = new Guest("due-wow");
        _floor.Touch(guest, "complaint", 10, zone: "dining");
        _floor.Touch(guest, "apology", 11);
        var wow = Assert.Single(_floor.Touch(guest, "checkout", 20, value: 2).Changes.OfType<FollowUpChanged>()).FollowUp;
        Assert.Null(wow.Due);
        Assert.Equal("a WOW opportunity has no outcome", VenueFloor.Model.CompleteFollowUp(_floor.State, wow.Id, "m", FollowUpOutcome.Recovered, Guest.At(21)).Refusal);
    }
}
