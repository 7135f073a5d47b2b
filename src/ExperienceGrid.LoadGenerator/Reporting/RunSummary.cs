using ExperienceGrid.LoadGenerator.Correctness;
using ExperienceGrid.LoadGenerator.Faults;
using ExperienceGrid.LoadGenerator.Recording;

namespace ExperienceGrid.LoadGenerator.Reporting;

/// <summary>The results of one run (or one find-max step).</summary>
/// <param name="OfferedRate">Events per second scheduled.</param>
/// <param name="AchievedRate">Events answered 202 per second, over the longer of the schedule and the time the last send finished.</param>
/// <param name="DuplicatesAnswered">Events the silos answered as duplicates (retried batches); counted, not lost.</param>
/// <param name="AbandonedEvents">Events whose batch never got a 202 before the retry window closed.</param>
public sealed record RunSummary(
    string RunId,
    DateTimeOffset StartedAt,
    double DurationSeconds,
    double SendWindowSeconds,
    long OfferedEvents,
    long AcceptedEvents,
    long DuplicatesAnswered,
    long RejectedEvents,
    long AbandonedEvents,
    double OfferedRate,
    double AchievedRate,
    LatencySummary Http,
    LatencySummary Push,
    long AlertsReceived,
    long AlertsForeign,
    long AlertsUnmatched,
    IReadOnlyDictionary<string, long> Errors,
    CorrectnessResult? Correctness,
    IReadOnlyList<LatencyPoint> HttpTimeline,
    IReadOnlyList<LatencyPoint> PushTimeline,
    IReadOnlyList<RatePoint> RateTimeline,
    IReadOnlyList<FaultMark> Faults)
{
    public long ErrorCount => Errors.Values.Sum();
}
