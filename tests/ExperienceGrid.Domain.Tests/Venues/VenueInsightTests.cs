using ExperienceGrid.Domain.Tests.Support;
using ExperienceGrid.Domain.Venues;

namespace ExperienceGrid.Domain.Tests.Venues;

/// <summary>
/// What the venue counts for coaching and credits to staff: anti-patterns by shift (the venue's local time) and by
/// the staff member the touchpoint named; a WOW moment and a guest recovered by whoever claimed the alert, credited
/// once; the action taken on an alert against whether the guest left better off. <see cref="Guest.T0"/> is 18:00 in
/// London, in the demo chain's dinner shift.
/// </summary>
public sealed class VenueInsightTests
{
    private readonly VenueFloor _floor = new();

    private VenueTally Counted => _floor.Changes.OfType<MinuteFinished>().Select(m => m.Minute.Tally)
        .Aggregate(VenueFloor.Counting(_floor.State), (sum, t) => sum.Plus(t));

    private VenueOutcome TouchBy(Guest guest, string kind, double minute, string? staffId) =>
        _floor.Record(guest, guest.Make(kind, minute, value: kind == "greeting" ? 10 : null) with { StaffId = staffId });

    [Fact]
    public void An_anti_pattern_is_counted_in_its_shift_and_for_the_staff_member_named()
    {
        var guest = new Guest("in-shift");
        TouchBy(guest, "staff.said_no", 0, "staff.ann");
        TouchBy(guest, "staff.said_no", 240, "staff.ann");
        TouchBy(guest, "staff.said_no", 241, null);

        Assert.Equal(
            [new AntiPatternCount(AntiPattern.SaidNoWithoutAlternative, "dinner", "staff.ann", 1),
             new AntiPatternCount(AntiPattern.SaidNoWithoutAlternative, "late", null, 1),
             new AntiPatternCount(AntiPattern.SaidNoWithoutAlternative, "late", "staff.ann", 1)],
            Counted.AntiPatternsOrEmpty.OrderBy(c => c.Shift, StringComparer.Ordinal).ThenBy(c => c.StaffId, StringComparer.Ordinal));
    }

    [Fact]
    public void A_wow_moment_that_names_a_staff_member_is_credited_to_them_once()
    {
        var guest = new Guest("in-wow");
        var outcome = TouchBy(guest, "greeting", 0, "staff.ben");

        var thanks = Assert.Single(outcome.Changes.OfType<StaffRecognized>()).Recognition;
        Assert.Equal((Recognition.Wow, "staff.ben", "in-wow", "Guest in-wow", "greeting"),
            (thanks.Kind, thanks.StaffId, thanks.CustomerId, thanks.DisplayName, thanks.Touchpoint));
        Assert.Equal($"{_floor.VenueId}:in-wow-e1", thanks.Id);

        // The customer delivers its whole outbox again: nothing is credited twice.
        var again = _floor.Apply("in-wow", _floor.Outbox("in-wow"), Guest.At(1));
        Assert.Empty(again.Changes.OfType<StaffRecognized>());
        Assert.Equal([new RecognitionCount("staff.ben", 1, 0)], Counted.RecognitionsOrEmpty);
        Assert.Empty(TouchBy(new Guest("in-nobody"), "greeting", 2, null).Changes.OfType<StaffRecognized>());
    }

    [Fact]
    public void A_guest_whose_alert_was_resolved_and_who_left_better_off_credits_whoever_claimed_it()
    {
        var guest = new Guest("in-recovered");
        var alertId = _floor.AtRisk(guest, 0);
        _floor.Claim(alertId, "staff.cat", 2);
        _floor.Resolve(alertId, "staff.cat", 3, action: "Offered a callback");
        _floor.RecordRecoveries(guest);
        TouchBy(guest, "greeting", 4, null);

        var ended = _floor.Touch(guest, "visit.end", 5);

        var thanks = Assert.Single(ended.Changes.OfType<StaffRecognized>()).Recognition;
        Assert.Equal((Recognition.Recovery, "staff.cat", $"{alertId}:recovered"), (thanks.Kind, thanks.StaffId, thanks.Id));
        Assert.Contains(new PlaybookCount(AntiPattern.SaidNoWithoutAlternative, "Offered a callback", 1, 1, "staff.cat"), Counted.PlaybookOrEmpty);
        Assert.All(Counted.PlaybookOrEmpty, p => Assert.Equal(("Offered a callback", 1, 1, "staff.cat"), (p.Action, p.Ended, p.Recovered, p.StaffId)));
        Assert.Equal((1, 1), (Counted.AlertedVisitsEnded, Counted.Recovered));
    }

    [Fact]
    public void A_guest_who_left_no_better_off_credits_nobody_but_counts_the_action_tried()
    {
        var guest = new Guest("in-lost");
        var alertId = _floor.AtRisk(guest, 0);
        _floor.Resolve(alertId, "staff.dan", 2, action: "Quoted the policy again");

        var ended = _floor.Touch(guest, "visit.end", 4);

        Assert.Empty(ended.Changes.OfType<StaffRecognized>());
        Assert.Contains(new PlaybookCount(AntiPattern.SaidNoWithoutAlternative, "Quoted the policy again", 1, 0, "staff.dan"), Counted.PlaybookOrEmpty);
        Assert.Equal((1, 0), (Counted.AlertedVisitsEnded, Counted.Recovered));
    }

    [Fact]
    public void A_chain_without_recognition_credits_nobody()
    {
        var quiet = new VenueModel(DemoChain.Config.WithInsights(DemoChain.Config.Insights with { Recognition = false }), VenueFloor.RecoveryKind);
        var guest = new Guest("in-off");
        var outcome = DemoChain.Model.Apply(guest.State, guest.Make("greeting", 0, value: 10) with { StaffId = "staff.ed" });
        var activity = VenueActivity.From(outcome.Signals, outcome.State, "Ed's guest", "in-off-e1").Single().Activity;

        var applied = quiet.Apply(VenueModel.NewVenue(_floor.VenueId), "in-off", [new VenueDelivery(1, _floor.VenueId, activity)], Guest.At(0));

        Assert.Empty(applied.Changes.OfType<StaffRecognized>());
        Assert.Null(VenueFloor.Counting(applied.State).Recognitions);
    }
}
