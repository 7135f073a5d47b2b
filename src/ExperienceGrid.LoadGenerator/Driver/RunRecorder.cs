using ExperienceGrid.LoadGenerator.Faults;
using ExperienceGrid.LoadGenerator.Recording;

namespace ExperienceGrid.LoadGenerator.Driver;

/// <summary>Everything one run (or one find-max step) records; shared by the driver, the staff fleet and the faults.</summary>
public sealed class RunRecorder
{
    private readonly List<FaultMark> _faults = [];

    public RunRecorder(string runId, TimeProvider time)
    {
        RunId = runId;
        Time = time;
        StartClock();
        Push = new PushCorrelator($"{runId}-", PushLatency, time, Seconds);
    }

    public string RunId { get; }

    /// <summary>Customer ids of this run start with this, so their counts start at zero.</summary>
    public string CustomerPrefix => $"{RunId}-c";

    public TimeProvider Time { get; }

    /// <summary>The run's time zero (a <see cref="TimeProvider"/> timestamp): batch k is due at Start + DueAt(k).</summary>
    public long Start { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public LatencyRecorder HttpLatency { get; } = new();

    public LatencyRecorder PushLatency { get; } = new();

    public RateRecorder Rates { get; } = new();

    public ErrorCounter Errors { get; } = new();

    public PushCorrelator Push { get; }

    internal SentLedger Ledger { get; } = new();

    public IReadOnlyList<FaultMark> Faults
    {
        get
        {
            lock (_faults)
            {
                return [.. _faults];
            }
        }
    }

    /// <summary>Sets time zero to now; called once the staff have joined, just before the first batch.</summary>
    public void StartClock()
    {
        Start = Time.GetTimestamp();
        StartedAt = Time.GetUtcNow();
    }

    /// <summary>Seconds from the run's start to <paramref name="timestamp"/> (a <see cref="TimeProvider"/> timestamp).</summary>
    public double Seconds(long timestamp) => Time.GetElapsedTime(Start, timestamp).TotalSeconds;

    public double Now => Seconds(Time.GetTimestamp());

    /// <param name="at">Seconds from the run's start.</param>
    public void Mark(double at, string label, bool succeeded)
    {
        lock (_faults)
        {
            _faults.Add(new FaultMark(at, label, succeeded));
        }
    }
}
