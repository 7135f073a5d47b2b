using ExperienceGrid.Silo.Logging;
using Microsoft.Extensions.Logging;

namespace ExperienceGrid.Silo.Tests.Logging;

/// <summary>Repeated warnings and errors on a clock the test moves: each kind once in full, then once per interval as a count.</summary>
public sealed class LogRepeatsTests : IDisposable
{
    private readonly ManualTimeProvider _clock = new();
    private readonly RecordedLog _written = new();
    private readonly LogRepeats _repeats;
    private readonly ILogger _logger;

    public LogRepeatsTests()
    {
        _repeats = new LogRepeats(_clock);
        _logger = new CollapsingLogger(_written, "Orleans.Grain", _repeats);
    }

    [Fact]
    public void A_thousand_failures_of_one_kind_are_one_entry_in_full_and_one_count_per_interval()
    {
        for (var i = 0; i < 1000; i++)
        {
            _logger.LogError(new TimeoutException("Redis timed out"), "Activation of {Grain} failed", $"customer/c-{i}");
        }

        _logger.LogError(new InvalidOperationException("bug"), "Activation of {Grain} failed", "customer/c-x");
        _logger.LogWarning("Delivery to {Venue} failed", "v-1");
        Assert.Equal(
            ["Error: Activation of customer/c-0 failed", "Error: Activation of customer/c-x failed", "Warning: Delivery to v-1 failed"],
            _written.Lines);

        _clock.Advance(LogRepeats.Interval);
        Assert.Equal(4, _written.Lines.Count);
        Assert.Equal("Error: … and 999 more within 10 s: \"Activation of {Grain} failed\" (System.TimeoutException)", _written.Lines[3]);

        // Still repeating: counted on; quiet for a whole interval: written in full again.
        _logger.LogError(new TimeoutException("Redis timed out"), "Activation of {Grain} failed", "customer/c-1001");
        _logger.LogWarning("Delivery to {Venue} failed", "v-2");
        Assert.Equal(5, _written.Lines.Count);
        Assert.Equal("Warning: Delivery to v-2 failed", _written.Lines[4]);
        _clock.Advance(LogRepeats.Interval);
        Assert.Equal("Error: … and 1 more within 10 s: \"Activation of {Grain} failed\" (System.TimeoutException)", _written.Lines[5]);
        _clock.Advance(LogRepeats.Interval);
        _logger.LogError(new TimeoutException("Redis timed out"), "Activation of {Grain} failed", "customer/c-1002");
        Assert.Equal("Error: Activation of customer/c-1002 failed", _written.Lines[^1]);
        Assert.Equal(7, _written.Lines.Count);
    }

    [Fact]
    public void Information_is_written_every_time()
    {
        for (var i = 0; i < 50; i++)
        {
            _logger.LogInformation("Silo {Silo} joined", i);
        }

        Assert.Equal(50, _written.Lines.Count);
    }

    public void Dispose() => _repeats.Dispose();
}
