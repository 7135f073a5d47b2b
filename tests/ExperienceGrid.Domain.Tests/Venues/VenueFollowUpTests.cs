using ExperienceGrid.Domain.Tests.Support;
using ExperienceGrid.Domain.Venues;

namespace ExperienceGrid.Domain.Tests.Venues;

/// <summary>Follow-ups and WOW opportunities: numbered by the venue when their delivery applies, kept (the latest 100) until done.</summary>
public sealed class VenueFollowUpTests
{
    private readonly VenueFloor _floor = new();

    /// <summary>A visit of <paramref name="guest"/> from <paramref name="minute"/> that ends with an unrecovered misery.</summary>
    private VenueOutcome UnhappyVisit(Guest guest, double minute)
    {
        _floor.Touch(guest, "visit.start", minute);
        _floor.Touch(guest, "staff.said_no", minute + 0.1);
        return _floor.Touch(guest, "visit.end", minute + 0.2);
    }

    [Fact]
    public void A_visit_ending_with_unrecovered_misery_leaves_a_numbered_care_follow_up()
    {
        var guest = new Guest("fu-care");
        _floor.AtRisk(guest);

        var kept = Assert.Single(_floor.Touch(guest, "visit.end", 2).Changes.OfType<FollowUpChanged>()).FollowUp;

        Assert.Equal(($"{_floor.VenueId}:1", FollowUp.Care, "fu-care", _floor.VenueId, "Guest fu-care", "fu-care-e3"),
            (kept.Id, kept.Kind, kept.CustomerId, kept.VenueId, kept.DisplayName, kept.TriggerEventId));
        Assert.Equal(["staff.said_no", "complaint"], kept.Unrecovered);
        Assert.Equal((Guest.At(2), (DateTimeOffset?)null, (string?)null), (kept.At, kept.DoneAt, kept.DoneBy));
        Assert.Equal([kept], VenueModel.OpenFollowUps(_floor.State));
        Assert.Equal(1L, _floor.State.FollowUpSequence);
    }

    [Fact]
    public void A_wow_opportunity_is_kept_with_where_the_guest_was_and_what_to_do()
    {
        var guest = new Guest("fu-wow");
        _floor.Touch(guest, "complaint", 0, zone: "dining");
        _floor.Touch(guest, "apology", 1);

        var wow = Assert.Single(_floor.Touch(guest, "checkout", 20, value: 2).Changes.OfType<FollowUpChanged>()).FollowUp;

        Assert.Equal(($"{_floor.VenueId}:1", FollowUp.Wow, "checkout", "dining"), (wow.Id, wow.Kind, wow.Touchpoint, wow.Zone));
        Assert.NotEmpty(wow.Suggestions);
        Assert.Empty(wow.Unrecovered);
    }

    [Fact]
    public void Follow_ups_are_numbered_across_customers_and_listed_newest_first()
    {
        UnhappyVisit(new Guest("fu-first"), 0);
        UnhappyVisit(new Guest("fu-second"), 1);

        var open = VenueModel.OpenFollowUps(_floor.State).ToList();

        Assert.Equal([$"{_floor.VenueId}:2", $"{_floor.VenueId}:1"], open.Select(f => f.Id));
        Assert.Equal(["fu-second", "fu-first"], open.Select(f => f.CustomerId));
    }

    [Fact]
    public void A_follow_up_delivered_again_is_kept_once()
    {
        var guest = new Guest("fu-again");
        UnhappyVisit(guest, 0);
        var kept = Assert.Single(VenueModel.OpenFollowUps(_floor.State));

        var again = _floor.Apply("fu-again", _floor.Outbox("fu-again"), Guest.At(5));

        Assert.Empty(again.Changes);
        Assert.Equal(kept, Assert.Single(VenueModel.OpenFollowUps(_floor.State)));
    }

    [Fact]
    public void The_venue_keeps_its_latest_open_follow_ups_and_drops_the_oldest()
    {
        var guest = new Guest("fu-many");
        var visits = VenueModel.MaxOpenFollowUps + 1;
        for (var i = 0; i < visits; i++)
        {
            Assert.Single(UnhappyVisit(guest, i).Changes.OfType<FollowUpChanged>());
        }

        var open = VenueModel.OpenFollowUps(_floor.State).ToList();

        Assert.Equal(VenueModel.MaxOpenFollowUps, open.Count);
        Assert.Equal($"{_floor.VenueId}:{visits}", open[0].Id);
        Assert.Equal($"{_floor.VenueId}:2", open[^1].Id);
        Assert.Equal((long)visits, _floor.State.FollowUpSequence);
        Assert.Equal($"no open follow-up '{_floor.VenueId}:1'", _floor.Complete($"{_floor.VenueId}:1", "manager", 200).Refusal);
    }

    [Fact]
    public void Completing_a_follow_up_removes_it_and_returns_it_done_once()
    {
        UnhappyVisit(new Guest("fu-done"), 0);
        UnhappyVisit(new Guest("fu-open"), 1);
        var id = $"{_floor.VenueId}:1";

        var outcome = _floor.Complete(id, "manager.x", 5);

        Assert.Null(outcome.Refusal);
        var done = Assert.Single(outcome.Changes.OfType<FollowUpChanged>()).FollowUp;
        Assert.Equal((id, "fu-done", Guest.At(5), "manager.x"), (done.Id, done.CustomerId, done.DoneAt, done.DoneBy));
        Assert.Equal(["fu-open"], VenueModel.OpenFollowUps(_floor.State).Select(f => f.CustomerId));

        var before = _floor.State;
        var again = _floor.Complete(id, "manager.x", 6);
        Assert.Equal(($"no open follow-up '{id}'", 0), (again.Refusal, again.Changes.Count));
        Assert.Same(before, again.State);
        Assert.Equal("no open follow-up 'nowhere:1'", _floor.Complete("nowhere:1", "manager.x", 6).Refusal);
    }
}
