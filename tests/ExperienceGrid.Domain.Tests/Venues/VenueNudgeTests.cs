using ExperienceGrid.Domain.Tests.Support;
using ExperienceGrid.Domain.Venues;

namespace ExperienceGrid.Domain.Tests.Venues;

/// <summary>
/// Nudges on the floor: held back past the chain's open limit, kept until they close, a prevented misery counted once.
/// A queue report of 5 minutes (misery at 6) raises a nudge at once, due to turn to misery a minute later.
/// </summary>
public sealed class VenueNudgeTests
{
    private static readonly int _limit = DemoChain.Config.Nudges.VenueMaxOpen;
    private readonly VenueFloor _floor = new();

    [Fact]
    public void A_nudge_goes_on_the_floor_and_one_answered_in_time_counts_a_prevented_misery_once()
    {
        var guest = new Guest("nu-prevent");
        var raised = Assert.Single(_floor.Touch(guest, "queue.wait", 0, value: 5).Changes.OfType<NudgeChanged>()).Nudge;
        Assert.Equal((NudgeStatus.Open, "nu-prevent", "queue.wait", guest.Visit.Nudge!.NudgeId), (raised.Status, raised.CustomerId, raised.Kind, raised.NudgeId));
        Assert.Equal(raised, Assert.Single(VenueModel.OpenNudges(_floor.State)));
        Assert.Equal((1, 1L), (_floor.View(0).OpenNudges, _floor.View(0).NudgesRaised));

        var answered = Assert.Single(_floor.Touch(guest, "care.offered", 0.5).Changes.OfType<NudgeChanged>()).Nudge;
        Assert.Equal((NudgeStatus.Answered, raised.NudgeId, Guest.At(0.5)), (answered.Status, answered.NudgeId, answered.AnsweredAt));
        Assert.Empty(VenueModel.OpenNudges(_floor.State));
        Assert.Equal(answered, _floor.State.Nudges["nu-prevent"]);

        // The floor dropped it when answered: its close changes the counts only.
        var closing = _floor.Touch(guest, "visit.end", 10);
        Assert.DoesNotContain(closing.Changes, c => c is NudgeChanged);
        Assert.Empty(_floor.State.Nudges);
        var view = _floor.View(10);
        Assert.Equal((0, 1L, 1L, 1L, 1.0), (view.OpenNudges, view.NudgesRaised, view.NudgesClosed, view.MiseriesPrevented, view.PreventionRate));

        // The same close once more, in a new delivery: the nudge is gone, nothing counts twice.
        var again = _floor.Send(_floor.Outbox("nu-prevent")[^1].Activity, Guest.At(11));
        Assert.Equal([CountsChanged.Instance], again.Changes);
        Assert.Equal((1L, 1L), (_floor.View(11).NudgesClosed, _floor.View(11).MiseriesPrevented));
    }

    [Fact]
    public void Past_the_open_limit_a_nudge_is_held_back_and_never_counted()
    {
        var guests = Enumerable.Range(0, _limit + 1).Select(i => new Guest($"nu-limit-{i}")).ToList();
        foreach (var guest in guests.Take(_limit))
        {
            Assert.Single(_floor.Touch(guest, "queue.wait", 0, value: 5).Changes.OfType<NudgeChanged>());
        }

        var held = _floor.Touch(guests[^1], "queue.wait", 0, value: 5);

        Assert.NotNull(guests[^1].Visit.Nudge);
        Assert.DoesNotContain(held.Changes, c => c is NudgeChanged);
        Assert.False(_floor.State.Nudges.ContainsKey(guests[^1].State.CustomerId));
        Assert.Equal((_limit, (long)_limit), (_floor.View(0).OpenNudges, _floor.View(0).NudgesRaised));

        // Its close is not the floor's business; one that was shown frees a place.
        _floor.Touch(guests[^1], "visit.end", 5);
        Assert.Equal(0L, _floor.View(5).NudgesClosed);
        var lapsed = Assert.Single(_floor.Touch(guests[0], "visit.end", 5).Changes.OfType<NudgeChanged>()).Nudge;
        Assert.Equal(NudgeStatus.Lapsed, lapsed.Status);
        Assert.Equal((_limit - 1, 1L, 0L), (_floor.View(5).OpenNudges, _floor.View(5).NudgesClosed, _floor.View(5).MiseriesPrevented));

        Assert.Single(_floor.Touch(new Guest("nu-limit-next"), "queue.wait", 6, value: 5).Changes.OfType<NudgeChanged>());
        Assert.Equal((_limit, _limit + 1L), (_floor.View(6).OpenNudges, _floor.View(6).NudgesRaised));
    }

    [Fact]
    public void A_close_of_a_nudge_the_venue_never_showed_is_ignored()
    {
        var guest = new Guest("nu-other");
        _floor.Touch(guest, "queue.wait", 0, value: 5);
        var shown = _floor.State.Nudges["nu-other"];
        var before = _floor.Changes.Count;

        _floor.Send(new VenueActivity("nu-other", Guest.At(1), Nudges: [shown with { NudgeId = "nu-other/elsewhere", Status = NudgeStatus.Prevented }]));
        _floor.Send(new VenueActivity("nu-stranger", Guest.At(1), Nudges: [shown with { CustomerId = "nu-stranger", Status = NudgeStatus.Prevented }]));

        Assert.DoesNotContain(_floor.Changes.Skip(before), c => c is NudgeChanged);
        Assert.Equal(shown, Assert.Single(VenueModel.OpenNudges(_floor.State)));
        Assert.Equal((0L, 0L), (_floor.View(1).NudgesClosed, _floor.View(1).MiseriesPrevented));
    }

    [Fact]
    public void A_wait_that_turns_to_misery_closes_its_nudge_unprevented()
    {
        var guest = new Guest("nu-misery");
        _floor.Touch(guest, "queue.joined", 0);
        var raised = Assert.Single(_floor.Advance(guest, 11.25).Changes.OfType<NudgeChanged>()).Nudge;
        Assert.Equal(("queue.seated", Guest.At(15)), (raised.Kind, raised.MiseryAt));

        var closed = Assert.Single(_floor.Touch(guest, "queue.seated", 16, value: 16).Changes.OfType<NudgeChanged>()).Nudge;

        Assert.Equal((NudgeStatus.BecameMisery, raised.NudgeId), (closed.Status, closed.NudgeId));
        var view = _floor.View(16);
        Assert.Equal((0, 1L, 0L, 0.0), (view.OpenNudges, view.NudgesClosed, view.MiseriesPrevented, view.PreventionRate));
    }

    [Fact]
    public void Open_nudges_list_the_soonest_to_turn_to_misery_first()
    {
        _floor.Touch(new Guest("nu-later"), "queue.wait", 0, value: 4.5);
        _floor.Touch(new Guest("nu-sooner"), "queue.wait", 0, value: 5.5);

        Assert.Equal(["nu-sooner", "nu-later"], VenueModel.OpenNudges(_floor.State).Select(n => n.CustomerId));
    }
}
