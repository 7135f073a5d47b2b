using ExperienceGrid.Domain.Tests.Support;
using ExperienceGrid.Domain.Venues;
using static ExperienceGrid.Domain.Tests.Venues.VenueFloor;

namespace ExperienceGrid.Domain.Tests.Venues;

/// <summary>
/// Finished hours of event time go to the venue's history once each, whole, with a message id the history adds once;
/// moments that arrive late for an hour already handed over follow on their own. <see cref="Guest.T0"/> starts an hour.
/// </summary>
public sealed class VenueHistoryTests
{
    private readonly VenueFloor _floor = new();

    private static readonly TouchpointMoment _transfer = new("transfer", MomentKind.Misery);

    [Fact]
    public void An_hour_is_handed_over_once_and_whole_when_event_time_reaches_a_later_hour()
    {
        Assert.Empty(Hours(_floor.Send(Moments("h-a", 10, Complaint))));
        Assert.Empty(Hours(_floor.Send(Moments("h-b", 20, Greeting, Greeting))));
        Assert.Empty(Hours(_floor.Send(Moments("h-a", 59.9, Apology))));
        Assert.Equal(Hour(0), _floor.State.Hour);

        var finished = Assert.Single(Hours(_floor.Send(Moments("h-b", 65, _transfer))));

        Assert.Equal((Hour(0), $"{Hour(0)}:1"), (finished.Hour, finished.MessageId));
        Assert.Equal(new Dictionary<string, MomentCounts>
        {
            ["complaint"] = new(1, 0, 0),
            ["greeting"] = new(0, 0, 2),
            ["apology"] = new(0, 1, 0),
        }, finished.Touchpoints);
        Assert.Equal((Hour(60), 1L), (_floor.State.Hour, _floor.State.HoursSent));

        // More of the new hour, and the same deliveries again, hand nothing over.
        Assert.Empty(Hours(_floor.Send(Moments("h-a", 90, Complaint))));
        Assert.Empty(Hours(_floor.Apply("h-b", _floor.Outbox("h-b"), Guest.At(95))));
    }

    [Fact]
    public void Late_moments_of_a_finished_hour_are_sent_on_their_own_with_a_new_message_id()
    {
        _floor.Send(Moments("h-late", 10, Complaint));
        _floor.Send(Moments("h-late", 70, Greeting));

        var late = Assert.Single(Hours(_floor.Send(Moments("h-slow", 45, _transfer, _transfer), Guest.At(80))));

        Assert.Equal((Hour(0), $"{Hour(0)}:2"), (late.Hour, late.MessageId));
        Assert.Equal(new Dictionary<string, MomentCounts> { ["transfer"] = new(2, 0, 0) }, late.Touchpoints);
        Assert.Equal(Hour(60), _floor.State.Hour);

        // The next hour, when it finishes, holds its own moments only.
        var next = Assert.Single(Hours(_floor.Send(Moments("h-late", 121, Apology))));
        Assert.Equal((Hour(60), $"{Hour(60)}:3"), (next.Hour, next.MessageId));
        Assert.Equal(new Dictionary<string, MomentCounts> { ["greeting"] = new(0, 0, 1) }, next.Touchpoints);
    }

    [Fact]
    public void Hours_without_moments_are_not_handed_over()
    {
        _floor.Send(Moments("h-gap", 0, Complaint));

        var finished = Assert.Single(Hours(_floor.Send(Moments("h-gap", 185, Greeting))));

        Assert.Equal(Hour(0), finished.Hour);
        Assert.Equal(Hour(180), _floor.State.Hour);
        Assert.Equal(1, _floor.State.HoursSent);
    }

    [Fact]
    public void Deliveries_without_moments_never_move_the_hour()
    {
        _floor.Send(Moments("h-quiet", 5, Complaint));

        var quiet = _floor.Send(new VenueActivity("h-quiet", Guest.At(130), VisitClosed: true, ClosedScore: 40));

        Assert.Empty(Hours(quiet));
        Assert.Equal((Hour(0), 0L), (_floor.State.Hour, _floor.State.HoursSent));
    }

    private static List<HourMoments> Hours(VenueOutcome outcome) => [.. outcome.Changes.OfType<HourFinished>().Select(h => h.Hour)];

    private static long Hour(double minute) => Guest.At(minute).ToUnixTimeSeconds() / 3600;
}
