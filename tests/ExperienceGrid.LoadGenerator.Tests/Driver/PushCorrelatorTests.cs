using ExperienceGrid.LoadGenerator.Driver;

namespace ExperienceGrid.LoadGenerator.Tests.Driver;

public sealed class PushCorrelatorTests
{
    [Fact]
    public void Push_latency_runs_from_sending_the_trigger_events_batch_to_the_alert()
    {
        var clock = new ManualTimeProvider();
        var run = new RunRecorder("r1", clock);
        clock.Advance(TimeSpan.FromSeconds(1));
        var sentAt = clock.GetTimestamp();
        clock.Advance(TimeSpan.FromMilliseconds(25));
        run.Push.Accepted(["r1-1", "r1-2"], sentAt);
        clock.Advance(TimeSpan.FromMilliseconds(15));

        run.Push.AlertReceived("r1-2", clock.GetTimestamp());

        var push = run.PushLatency.Summary();
        Assert.Equal((1L, 40.0), (push.Count, push.Max));
    }

    [Fact]
    public void Alerts_that_overtake_their_202_are_measured_from_the_send_once_the_202_arrives()
    {
        var clock = new ManualTimeProvider();
        var run = new RunRecorder("r1", clock);
        var sentAt = clock.GetTimestamp();
        clock.Advance(TimeSpan.FromMilliseconds(10));
        run.Push.AlertReceived("r1-7", clock.GetTimestamp());
        clock.Advance(TimeSpan.FromMilliseconds(2));
        run.Push.AlertReceived("r1-7", clock.GetTimestamp()); // a second staff member of the venue
        Assert.Equal((0L, 1L), (run.PushLatency.Count, run.Push.Unmatched));

        clock.Advance(TimeSpan.FromMilliseconds(3));
        run.Push.Accepted(["r1-7"], sentAt);

        var push = run.PushLatency.Summary();
        Assert.Equal((2L, 12.0, 0L), (push.Count, push.Max, run.Push.Unmatched));
    }

    [Fact]
    public void Alerts_triggered_by_other_runs_or_by_time_are_ignored()
    {
        var run = new RunRecorder("r1", new ManualTimeProvider());

        run.Push.AlertReceived("r10-1", 0);
        run.Push.AlertReceived("advance:x", 0);
        run.Push.AlertReceived(null, 0);

        Assert.Equal((3L, 0L, 0L), (run.Push.Foreign, run.Push.Received, run.PushLatency.Count));
    }
}
