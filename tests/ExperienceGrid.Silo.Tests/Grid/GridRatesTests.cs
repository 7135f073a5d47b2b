using System.Diagnostics.Metrics;
using ExperienceGrid.Silo.Grid;
using ExperienceGrid.Silo.Telemetry;
using ExperienceGrid.Silo.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ExperienceGrid.Silo.Tests.Grid;

/// <summary>The operator view's rates on a clock the test moves: the 10-second event window and the minute of push lags.</summary>
public sealed class GridRatesTests
{
    private readonly Clock _clock = new();
    private readonly IMeterFactory _meters = new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>();
    private readonly GridMetrics _metrics;

    public GridRatesTests() => _metrics = new GridMetrics(_meters);

    [Fact]
    public void Events_per_second_average_the_last_ten_seconds_and_forget_older_ones()
    {
        var rates = new GridRates(_clock, _metrics);
        rates.Accepted(50);
        _clock.Advance(TimeSpan.FromSeconds(5));
        rates.Accepted(30);
        rates.Accepted(0);

        Assert.Equal(8, rates.EventsPerSecond());

        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(3, rates.EventsPerSecond());

        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(0, rates.EventsPerSecond());
    }

    [Fact]
    public void A_slot_reused_a_window_later_starts_from_zero()
    {
        var rates = new GridRates(_clock, _metrics);
        rates.Accepted(100);
        _clock.Advance(TimeSpan.FromSeconds(10));
        rates.Accepted(10);

        Assert.Equal(1, rates.EventsPerSecond());
    }

    [Fact]
    public async Task Push_lag_of_a_change_no_touchpoint_caused_is_from_the_call_to_the_send_completing_with_p50_and_p99_over_the_last_minute()
    {
        var rates = new GridRates(_clock, _metrics);
        using var histogram = new InstrumentRecorder<double>(_meters, "experiencegrid.push.lag");
        Assert.Equal(new PushLag(0, null, null), rates.PushLag());

        for (var ms = 1; ms <= 100; ms++)
        {
            var sent = new TaskCompletionSource();
            var push = rates.TimePush(() => sent.Task);
            _clock.Advance(TimeSpan.FromMilliseconds(ms));
            sent.SetResult();
            await push;
        }

        Assert.Equal(new PushLag(100, 50, 99), rates.PushLag());
        Assert.Equal(Enumerable.Range(1, 100).Select(ms => ms / 1000.0), histogram.Values);

        _clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(0, rates.PushLag().Samples);
    }

    [Fact]
    public async Task The_lag_of_a_push_a_touchpoint_caused_counts_from_its_acceptance_and_never_below_zero()
    {
        var rates = new GridRates(_clock, _metrics);
        using var histogram = new InstrumentRecorder<double>(_meters, "experiencegrid.push.lag");
        var acceptedAt = _clock.GetUtcNow();
        _clock.Advance(TimeSpan.FromMilliseconds(300));

        var sent = new TaskCompletionSource();
        var push = rates.TimePush(() => sent.Task, acceptedAt);
        _clock.Advance(TimeSpan.FromMilliseconds(20));
        sent.SetResult();
        await push;

        // Accepted on a silo whose clock is ahead of this one's.
        await rates.TimePush(() => Task.CompletedTask, _clock.GetUtcNow().AddMilliseconds(5));

        Assert.Equal([0.32, 0], histogram.Values);
    }

    [Fact]
    public async Task A_failed_send_is_no_lag_sample_and_the_caller_still_sees_its_failure()
    {
        var rates = new GridRates(_clock, _metrics);

        await Assert.ThrowsAsync<InvalidOperationException>(() => rates.TimePush(() => Task.FromException(new InvalidOperationException("hub down"))));

        Assert.Equal(0, rates.PushLag().Samples);
    }

    private sealed class Clock : TimeProvider
    {
        private DateTimeOffset _now = new(2030, 1, 1, 8, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => _now.UtcTicks;

        public void Advance(TimeSpan by) => _now += by;
    }
}
