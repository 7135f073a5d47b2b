using ExperienceGrid.Domain.Tests.Support;
using ExperienceGrid.Domain.Venues;
using static ExperienceGrid.Domain.Tests.Venues.VenueFloor;

namespace ExperienceGrid.Domain.Tests.Venues;

/// <summary>The venue's live numbers: guests in a visit, their average score, and moments per minute over the last hour.</summary>
public sealed class VenueCountTests
{
    private readonly VenueFloor _floor = new();

    [Fact]
    public void Visits_open_and_close_and_the_average_score_is_over_the_scored_open_visits()
    {
        var (ada, bob) = (new Guest("c-ada"), new Guest("c-bob"));

        _floor.Touch(ada, "visit.start", 0);
        Assert.Equal((1, (double?)null), (_floor.View(0).CurrentVisitors, _floor.View(0).AverageVisitScore));

        _floor.Touch(ada, "greeting", 1, value: 10);
        _floor.Touch(bob, "complaint", 2);
        var view = _floor.View(2);
        Assert.Equal(2, view.CurrentVisitors);
        Assert.Equal(Math.Round((ada.Visit.Score + bob.Visit.Score) / 2, 2), view.AverageVisitScore);
        Assert.True(ada.Visit.Score > bob.Visit.Score);

        _floor.Touch(ada, "visit.end", 3);
        view = _floor.View(3);
        Assert.Equal((1, Math.Round(bob.Visit.Score, 2)), (view.CurrentVisitors, view.AverageVisitScore));
        Assert.Equal(["c-bob"], _floor.State.OpenVisits.Keys);
    }

    [Fact]
    public void Moments_are_counted_per_minute_and_per_touchpoint()
    {
        _floor.Send(Moments("c-one", 0.2, Complaint, Greeting));
        _floor.Send(Moments("c-two", 0.9, Complaint));
        _floor.Send(Moments("c-one", 3, Apology));

        var view = _floor.View(3);

        Assert.Equal(new MomentCounts(2, 1, 1), view.LastHour);
        Assert.Equal([new MinuteMoments(Minute(0), 2, 0, 1), new MinuteMoments(Minute(3), 0, 1, 0)], view.Trend!);
        Assert.Equal(new Dictionary<string, MomentCounts>
        {
            ["complaint"] = new(2, 0, 0),
            ["greeting"] = new(0, 0, 1),
            ["apology"] = new(0, 1, 0),
        }, view.Touchpoints!);
    }

    [Fact]
    public void The_view_counts_the_sixty_minutes_up_to_now()
    {
        _floor.Send(Moments("c-window", 0, Complaint));
        _floor.Send(Moments("c-window", 30, Greeting));

        Assert.Equal(new MomentCounts(1, 0, 0), _floor.View(15).LastHour);
        Assert.Equal(new MomentCounts(1, 0, 1), _floor.View(59.9).LastHour);
        Assert.Equal(new MomentCounts(0, 0, 1), _floor.View(60).LastHour);
        Assert.Equal(["greeting"], _floor.View(60).Touchpoints!.Keys);
        Assert.Equal(new MomentCounts(0, 0, 0), _floor.View(90).LastHour);
        Assert.Empty(_floor.View(90).Trend!);
        Assert.Equal(new MomentCounts(0, 0, 0), _floor.View(-1).LastHour);
    }

    [Fact]
    public void A_new_minute_drops_the_minutes_an_hour_older_from_the_state()
    {
        _floor.Send(Moments("c-prune", 0, Complaint));
        _floor.Send(Moments("c-prune", 59, Complaint));
        Assert.Equal([Minute(0), Minute(59)], _floor.State.Minutes.Select(m => m.Minute));

        _floor.Send(Moments("c-prune", 60, Greeting));

        Assert.Equal([Minute(59), Minute(60)], _floor.State.Minutes.Select(m => m.Minute));
    }

    [Fact]
    public void An_at_risk_guest_is_one_visitor_whose_moments_count_once()
    {
        var guest = new Guest("c-risk");
        _floor.Touch(guest, "visit.start", 0);
        _floor.Touch(guest, "greeting", 0.1, value: 10);
        _floor.Touch(guest, "table.cleanliness", 0.2, value: 4);
        _floor.Touch(guest, "staff.check_in", 0.3);
        _floor.Touch(guest, "staff.said_no", 0.5);
        _floor.Touch(guest, "complaint", 0.6);

        // Delivered again, whole: every moment still counts once.
        _floor.Apply("c-risk", _floor.Outbox("c-risk"), Guest.At(2));

        var view = _floor.View(2);
        Assert.Equal(new MomentCounts(2, 1, 2), view.LastHour);
        Assert.Equal(guest.Visit.Moments.Count, view.LastHour.Volume);
        Assert.Equal((1, 1, 1L), (view.CurrentVisitors, view.OpenAlerts, view.AtRiskTotal));
        Assert.Equal(Math.Round(guest.Visit.Score, 2), view.AverageVisitScore);
    }

    [Fact]
    public void A_visit_reopened_at_the_same_venue_in_one_message_shows_the_new_visits_score()
    {
        var guest = new Guest("c-idle");
        _floor.AtRisk(guest);

        // Idle past the inactivity timeout: the next touchpoint closes that visit and opens a new one, in one message.
        _floor.Touch(guest, "greeting", 200, value: 10);

        Assert.Equal(1, _floor.View(200).CurrentVisitors);
        Assert.Equal(Math.Round(guest.Visit.Score, 2), _floor.View(200).AverageVisitScore);
    }

    private static long Minute(double minute) => Guest.At(minute).ToUnixTimeSeconds() / 60;
}
