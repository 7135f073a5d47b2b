using ExperienceGrid.Domain.Tests.Support;
using ExperienceGrid.Domain.Venues;
using static ExperienceGrid.Domain.Tests.Venues.VenueFloor;

namespace ExperienceGrid.Domain.Tests.Venues;

/// <summary>
/// Everything a venue counts for its history goes into the tally of its minute; a minute is handed over once, whole and
/// numbered, when a minute two later begins; a straggler later than that is handed over on its own.
/// </summary>
public sealed class VenueHistoryMinuteTests
{
    private readonly VenueFloor _floor = new();

    private static readonly TouchpointMoment _transfer = new("transfer", MomentKind.Misery);

    [Fact]
    public void A_minute_is_handed_over_once_and_whole_when_a_minute_two_later_begins()
    {
        Assert.Empty(Minutes(_floor.Send(Moments("m-a", 10, Complaint))));
        Assert.Empty(Minutes(_floor.Send(Moments("m-b", 10.5, Greeting, Greeting))));
        Assert.Empty(Minutes(_floor.Send(Moments("m-a", 11.2, Apology))));
        Assert.Empty(Minutes(_floor.Send(Moments("m-c", 10.9, Complaint))));

        var finished = Assert.Single(Minutes(_floor.Send(Moments("m-b", 12, _transfer))));

        Assert.Equal((1L, Minute(10)), (finished.Sequence, finished.Tally.Minute));
        Assert.Equal(new MomentCounts(2, 0, 2), finished.Tally.Moments);
        Assert.Equal(new Dictionary<string, MomentCounts> { ["complaint"] = new(2, 0, 0), ["greeting"] = new(0, 0, 2) }, finished.Tally.Touchpoints);
        Assert.Equal([Minute(11), Minute(12)], _floor.State.Tallies.Keys.Order());
        Assert.Equal(1L, _floor.State.MinutesSent);

        // The same deliveries again hand nothing over and count nothing.
        Assert.Empty(Minutes(_floor.Apply("m-b", _floor.Outbox("m-b"), Guest.At(12.5))));
        Assert.Equal(new MomentCounts(1, 1, 0), Counting(_floor.State).Moments);
    }

    [Fact]
    public void A_straggler_for_a_minute_already_handed_over_is_handed_over_on_its_own()
    {
        _floor.Send(Moments("m-late", 10, Complaint));
        _floor.Send(Moments("m-late", 13, Greeting));

        var late = Assert.Single(Minutes(_floor.Send(Moments("m-slow", 10.5, _transfer, _transfer))));

        Assert.Equal((2L, Minute(10), new MomentCounts(2, 0, 0)), (late.Sequence, late.Tally.Minute, late.Tally.Moments));
        Assert.Equal([Minute(13)], _floor.State.Tallies.Keys);
    }

    [Fact]
    public void A_quiet_venue_hands_its_minutes_over_two_minutes_after_them()
    {
        _floor.Send(Moments("m-quiet", 5, Complaint));

        Assert.Empty(VenueModel.CloseMinutes(_floor.State, Guest.At(6.9)).Changes);
        var closed = VenueModel.CloseMinutes(_floor.State, Guest.At(7));

        var finished = Assert.IsType<MinuteFinished>(Assert.Single(closed.Changes)).Minute;
        Assert.Equal((1L, Minute(5)), (finished.Sequence, finished.Tally.Minute));
        Assert.Empty(closed.State.Tallies);
        Assert.Empty(VenueModel.CloseMinutes(closed.State, Guest.At(30)).Changes);
    }

    [Fact]
    public void The_alert_workflow_is_counted_with_each_time_to_claim()
    {
        var guest = new Guest("m-alert");
        var alertId = _floor.AtRisk(guest, 0);
        var raisedAt = _floor.AlertOf("m-alert").RaisedAt;
        _floor.Claim(alertId, "staff.a", 1.5);
        _floor.Resolve(alertId, "staff.a", 1.8);
        var other = _floor.AtRisk(new Guest("m-alert-2"), 1);
        _floor.Escalate(other, 3);

        var minutes = _floor.Changes.OfType<MinuteFinished>().Select(m => m.Minute.Tally).Concat(_floor.State.Tallies.Values).ToList();

        Assert.Equal((2, 1, 1, 1), (minutes.Sum(m => m.Raised), minutes.Sum(m => m.Claimed), minutes.Sum(m => m.Resolved), minutes.Sum(m => m.Escalated)));
        Assert.Equal([(int)(Guest.At(1.5) - raisedAt).TotalSeconds], minutes.SelectMany(m => m.ClaimSecondsOrEmpty));
    }

    private static List<HistoryMinute> Minutes(VenueOutcome outcome) => [.. outcome.Changes.OfType<MinuteFinished>().Select(m => m.Minute)];

    private static long Minute(double minute) => Guest.At(minute).ToUnixTimeSeconds() / 60;
}
