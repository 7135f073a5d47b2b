using ExperienceGrid.Silo.Grid;
using ExperienceGrid.Silo.Tests.Logging;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace ExperienceGrid.Silo.Tests.Grid;

/// <summary>An outage as the log tells it, on a clock the test moves: one warning at its start, one line at its end.</summary>
public sealed class GridOutageTests : IDisposable
{
    private readonly ManualTimeProvider _clock = new();
    private readonly RecordedLog _log = new();
    private readonly LoggerFactory _loggers;
    private readonly GridOutage _outage;

    public GridOutageTests()
    {
        _loggers = new LoggerFactory([_log]);
        _outage = new GridOutage(_clock, _loggers.CreateLogger<GridOutage>());
    }

    [Fact]
    public void Failures_until_a_quiet_period_are_one_start_warning_and_one_end_line_with_duration_and_count()
    {
        for (var i = 0; i < 30; i++)
        {
            _outage.Failed(new RedisConnectionException(ConnectionFailureType.SocketClosed, CommandFlags.None, "No connection is active", null, CommandStatus.WaitingToBeSent));
            _clock.Advance(TimeSpan.FromMilliseconds(100));
        }

        Assert.Equal(["Warning: Grid unavailable: RedisConnectionException: No connection is active; requests answer 503 with Retry-After until it is back"], _log.Lines);

        _clock.Advance(GridOutage.QuietPeriod);
        Assert.Equal("Information: Grid available again after 2.9 s: 30 requests failed in the outage (none for 5 s since)", _log.Lines[^1]);
        Assert.Equal(2, _log.Lines.Count);

        // The next outage is told again.
        _outage.Failed(new TimeoutException("Response did not arrive on time"));
        Assert.Equal(3, _log.Lines.Count);
    }

    [Fact]
    public void A_bug_is_no_outage()
    {
        _outage.Failed(new InvalidOperationException("Sequence contains no elements"));
        _clock.Advance(GridOutage.QuietPeriod);
        Assert.Empty(_log.Lines);
    }

    public void Dispose()
    {
        _outage.Dispose();
        _loggers.Dispose();
    }
}
