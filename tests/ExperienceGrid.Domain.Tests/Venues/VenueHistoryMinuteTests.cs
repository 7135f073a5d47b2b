using ExperienceGrid.Domain.Tests.Support;
using ExperienceGrid.Domain.Venues;
using static ExperienceGrid.Domain.Tests.Venues.VenueFloor;

namespace ExperienceGrid.Domain.Tests.Venues;

/// <summary>
/// Everything a venue counts for its history goes into the current minute; a later minute hands it over once, whole and
/// numbered; something late for a minute already handed over counts in the current one.
/// </summary>
public sealed class VenueHistoryMinuteTests
{
    private readonly VenueFloor _floor = new();

    private static readonly TouchpointMoment _transfer = new("transfer", MomentKind.Misery);

    [Fact]
    public void A_minute_is_handed_over_once_and_whole_when_a_later_minute_begins()
    {
        Assert.Empty(Minutes(_floor.Send(Moments("m-a", 10, Complaint))));
        Assert.Empty(Minutes(_floor.Send(Moments("m-b", 10.5, Greeting, Greeting))));
        Assert.Equal(Minute(10), _floor.State.Tally!.Minute);

        var finished = Assert.Single(Minutes(_floor.Send(Moments("m-b", 12, _transfer))));

        Assert.Equal((1L, Minute(10)), (finished.Sequence, finished.Tally.Minute));
        Assert.Equal(new MomentCounts(1, 0, 2), finished.Tally.Moments);
        Assert.Equal(new Dictionary<string, MomentCounts> { ["complaint"] = new(1, 0, 0), ["greeting"] = new(0, 0, 2) }, finished.Tally.Touchpoints);
        Assert.Equal((Minute(12), 1L), (_floor.State.Tally!.Minute, _floor.State.MinutesSent));

        // The same deliveries again hand nothing over and count nothing.
        Assert.Empty(Minutes(_floor.Apply("m-b", _floor.Outbox("m-b"), Guest.At(12.5))));
        Assert.Equal(new MomentCounts(1, 0, 0), _floor.State.Tally!.Moments);
    }

    [Fact]
    public void Late_moments_count_in_the_current_minute()
    {
        _floor.Send(Moments("m-late", 10, Complaint));
        _floor.Send(Moments("m-late", 11, Greeting));

        Assert.Empty(Minutes(_floor.Send(Moments("m-slow", 10.5, _transfer))));

        Assert.Equal((Minute(11), new MomentCounts(1, 0, 1)), (_floor.State.Tally!.Minute, _floor.State.Tally.Moments));
    }

    [Fact]
    public void A_quiet_venue_hands_its_minute_over_only_once_the_minute_is_past()
    {
        _floor.Send(Moments("m-quiet", 5, Complaint));

        Assert.Empty(VenueModel.CloseMinute(_floor.State, Guest.At(5.9)).Changes);
        var closed = VenueModel.CloseMinute(_floor.State, Guest.At(6));

        var finished = Assert.IsType<MinuteFinished>(Assert.Single(closed.Changes)).Minute;
        Assert.Equal((1L, Minute(5)), (finished.Sequence, finished.Tally.Minute));
        Assert.Null(closed.State.Tally);
        Assert.Empty(VenueModel.CloseMinute(closed.State, Guest.At(30)).Changes);
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

        var minutes = _floor.Changes.OfType<MinuteFinished>().Select(m => m.Minute.Tally).Append(_floor.State.Tally!).ToList();

        Assert.Equal((2, 1, 1, 1), (minutes.Sum(m => m.Raised), minutes.Sum(m => m.Claimed), minutes.Sum(m => m.Resolved), minutes.Sum(m => m.Escalated)));
        Assert.Equal([(int)(Guest.At(1.5) - raisedAt).TotalSeconds], minutes.SelectMany(m => m.ClaimSecondsOrEmpty));
    }

    private static List<HistoryMinute> Minutes(VenueOutcome outcome) => [.. outcome.Changes.OfType<MinuteFinished>().Select(m => m.Minute)];

    private static long Minute(double minute) => Guest.At(minute).ToUnixTimeSeconds() / 60;
}
