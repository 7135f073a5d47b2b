using ExperienceGrid.Domain.Signals;
using ExperienceGrid.Domain.Tests.Support;

namespace ExperienceGrid.Domain.Tests.Nudges;

public sealed class NudgeTests
{
    [Fact]
    public void A_queue_report_past_three_quarters_of_the_misery_line_raises_a_nudge_with_the_venue_types_care()
    {
        var guest = new Guest("n-report");
        guest.Touch("queue.wait", 0, value: 5, zone: "counter");

        var raised = Assert.Single(guest.SignalsOf<NudgeRaised>());
        Assert.Equal("queue.wait", raised.Nudge.Kind);
        Assert.Equal("counter", raised.Zone);
        Assert.Equal(Guest.At(-5), raised.Nudge.WaitStartedAt);
        Assert.Equal(Guest.At(1), raised.Nudge.MiseryAt);
        Assert.Equal("Queue wait is nearing its misery line of 6 min.", raised.Reason);
        Assert.True(DemoChain.Config.TryGetBrand("blaze", out var brand));
        Assert.Equal(brand.WaitingCare, raised.Offers);
        Assert.Equal(raised.Nudge, guest.Visit.Nudge);
    }

    [Theory]
    [InlineData(4.4)]
    [InlineData(6.5)]
    public void A_report_short_of_the_line_or_already_misery_raises_none(double minutes)
    {
        var guest = new Guest("n-none");
        guest.Touch("queue.wait", 0, value: minutes);
        Assert.Empty(guest.SignalsOf<NudgeRaised>());
    }

    [Fact]
    public void The_timer_raises_a_nudge_for_a_running_wait_at_three_quarters_of_its_misery_threshold()
    {
        var guest = new Guest("n-timer");
        guest.Touch("queue.joined", 0);

        // queue.seated: misery past 15 minutes, so the nudge is due at 11.25.
        Assert.Equal(Guest.At(11.25), DemoChain.Model.NextCheckAt(guest.State));
        guest.Advance(11);
        Assert.Empty(guest.SignalsOf<NudgeRaised>());

        guest.Advance(11.25);
        var raised = Assert.Single(guest.SignalsOf<NudgeRaised>());
        Assert.Equal("queue.seated", raised.Nudge.Kind);
        Assert.Equal(Guest.At(15), raised.Nudge.MiseryAt);

        guest.Advance(12);
        Assert.Single(guest.SignalsOf<NudgeRaised>());
        Assert.Equal(Guest.At(15), DemoChain.Model.NextCheckAt(guest.State));
    }

    [Fact]
    public void A_late_tick_past_the_misery_line_gives_the_wait_up_instead_of_nudging_or_asking_again()
    {
        var guest = new Guest("n-late");
        guest.Touch("queue.joined", 0);
        guest.Advance(16);
        Assert.Empty(guest.SignalsOf<NudgeRaised>());
        Assert.True(DemoChain.Model.NextCheckAt(guest.State) > Guest.At(16));
    }

    [Fact]
    public void A_report_that_ends_a_started_wait_raises_no_nudge()
    {
        var guest = new Guest("n-seated");
        guest.Touch("queue.joined", 0);
        guest.Touch("queue.seated", 12, value: 12);
        Assert.Empty(guest.SignalsOf<NudgeRaised>());
        Assert.Empty(guest.Visit.Waits ?? []);
    }

    [Theory]
    [InlineData(true, NudgeOutcome.Prevented)]
    [InlineData(false, NudgeOutcome.Lapsed)]
    public void A_nudge_no_report_closes_closes_at_its_misery_time(bool cared, NudgeOutcome outcome)
    {
        var guest = new Guest("n-deadline");
        guest.Touch("queue.wait", 0, value: 5);
        if (cared)
        {
            guest.Touch("care.offered", 0.5);
        }

        Assert.Equal(Guest.At(1), DemoChain.Model.NextCheckAt(guest.State));
        guest.Advance(1);
        var closed = Assert.Single(guest.SignalsOf<NudgeClosed>());
        Assert.Equal((outcome, Guest.At(1)), (closed.Outcome, closed.At));
        Assert.Null(guest.Visit.Nudge);
    }

    [Fact]
    public void A_guest_who_turns_at_risk_has_their_nudge_superseded_by_the_alert()
    {
        var guest = new Guest("n-superseded");
        guest.Touch("queue.wait", 0, value: 5);
        guest.Touch("complaint", 0.2);
        guest.Touch("staff.said_no", 0.4);

        Assert.NotNull(guest.Visit.Risk);
        Assert.Equal(NudgeOutcome.Superseded, Assert.Single(guest.SignalsOf<NudgeClosed>()).Outcome);
        Assert.Null(guest.Visit.Nudge);
    }

    [Fact]
    public void Care_in_time_and_a_wait_that_ends_short_of_misery_is_a_misery_prevented_counted_once()
    {
        var guest = new Guest("n-prevented");
        guest.Touch("queue.joined", 0);
        guest.Advance(11.5);
        guest.Touch("care.offered", 12);
        var answered = Assert.Single(guest.SignalsOf<NudgeAnswered>());
        Assert.Equal(Guest.At(12), answered.Nudge.AnsweredAt);

        guest.Touch("queue.seated", 14, value: 14);
        guest.Touch("order.taken", 16, value: 2);
        guest.Touch("visit.end", 40);

        var closed = Assert.Single(guest.SignalsOf<NudgeClosed>());
        Assert.Equal(NudgeOutcome.Prevented, closed.Outcome);
        Assert.Equal(Guest.At(14), closed.At);
    }

    [Fact]
    public void A_wait_that_becomes_misery_anyway_is_not_prevented()
    {
        var guest = new Guest("n-misery");
        guest.Touch("queue.joined", 0);
        guest.Advance(11.5);
        guest.Touch("care.offered", 12);
        guest.Touch("queue.seated", 17, value: 17);

        Assert.Equal(NudgeOutcome.BecameMisery, Assert.Single(guest.SignalsOf<NudgeClosed>()).Outcome);
    }

    [Fact]
    public void Without_care_a_wait_that_ends_well_has_lapsed_and_care_after_the_misery_line_answers_nothing()
    {
        var guest = new Guest("n-lapsed");
        guest.Touch("queue.joined", 0);
        guest.Advance(11.5);
        guest.Touch("care.offered", 15);
        guest.Touch("queue.seated", 14.5, value: 14.5);

        Assert.Empty(guest.SignalsOf<NudgeAnswered>());
        Assert.Equal(NudgeOutcome.Lapsed, Assert.Single(guest.SignalsOf<NudgeClosed>()).Outcome);
    }

    [Fact]
    public void One_nudge_per_guest_at_a_time_and_a_cooldown_between_them()
    {
        var guest = new Guest("n-throttle");
        guest.Touch("queue.joined", 0);
        guest.Touch("queue.wait", 11, value: 5);
        Assert.Single(guest.SignalsOf<NudgeRaised>());

        // The queue.seated wait falls due at 11.25 while the first nudge is still open: nothing.
        guest.Advance(11.5);
        Assert.Single(guest.SignalsOf<NudgeRaised>());

        // The next report closes the first nudge; the cooldown (10 min from minute 11) holds until 21.
        guest.Touch("queue.wait", 11.8, value: 4.8);
        Assert.Equal(NudgeOutcome.Lapsed, Assert.Single(guest.SignalsOf<NudgeClosed>()).Outcome);
        Assert.Single(guest.SignalsOf<NudgeRaised>());
        guest.Touch("queue.wait", 21.5, value: 4.6);
        Assert.Equal(2, guest.SignalsOf<NudgeRaised>().Count());
    }

    [Fact]
    public void A_guest_at_risk_gets_an_alert_not_a_nudge()
    {
        var guest = new Guest("n-risk");
        guest.Touch("complaint", 0);
        guest.Touch("staff.said_no", 1);
        Assert.NotNull(guest.Visit.Risk);

        guest.Touch("queue.wait", 2, value: 5);
        guest.Touch("queue.joined", 3);
        guest.Advance(14.25);
        Assert.Empty(guest.SignalsOf<NudgeRaised>());
    }

    [Fact]
    public void A_visit_that_closes_with_an_answered_nudge_prevented_its_misery_unless_the_wait_ran_past_the_line()
    {
        var answeredReport = new Guest("n-close-1");
        answeredReport.Touch("queue.wait", 0, value: 5);
        answeredReport.Touch("care.offered", 0.5);
        answeredReport.Touch("visit.end", 30);
        Assert.Equal(NudgeOutcome.Prevented, Assert.Single(answeredReport.SignalsOf<NudgeClosed>()).Outcome);

        var stillWaiting = new Guest("n-close-2");
        stillWaiting.Touch("queue.joined", 0);
        stillWaiting.Advance(11.5);
        stillWaiting.Touch("care.offered", 12);
        stillWaiting.Touch("visit.end", 20);
        Assert.Equal(NudgeOutcome.Lapsed, Assert.Single(stillWaiting.SignalsOf<NudgeClosed>()).Outcome);
    }
}
