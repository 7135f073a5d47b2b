using System.Globalization;

namespace ExperienceGrid.LoadGenerator.Soak;

/// <summary>
/// Whether a soak stayed flat: per measure, the median of the samples in the baseline window (right after the warm-up)
/// against the median in the end window (the last stretch of the schedule). A sample belongs to a window when the
/// sampling period it closes lies inside it. A measure is flat when end ÷ baseline is within ±<see cref="Tolerance"/>,
/// or when it moved by less than its noise floor (<see cref="LatencySlackMs"/> for latencies, <see cref="CountSlack"/> for
/// thread and handle counts): a p99 going from 4 to 6 ms, or 2 more threads, is not a trend.
/// </summary>
public static class SoakJudge
{
    public const double Tolerance = 0.10;
    public const double LatencySlackMs = 5;
    public const double CountSlack = 2;

    public static SoakResult Judge(IReadOnlyList<SoakSample> samples, TimeSpan sampleEvery, TimeSpan warmUp, TimeSpan window, TimeSpan runEnd)
    {
        var every = sampleEvery.TotalSeconds;
        var (baselineFrom, baselineTo) = (warmUp.TotalSeconds, (warmUp + window).TotalSeconds);
        var (endFrom, endTo) = ((runEnd - window).TotalSeconds, runEnd.TotalSeconds);
        var baseline = In(samples, every, baselineFrom, baselineTo);
        var end = In(samples, every, endFrom, endTo);
        SoakResult Result(IReadOnlyList<SoakMeasureVerdict> measures, bool judged, string summary) =>
            new(every, baselineFrom, baselineTo, endFrom, endTo, Tolerance, samples, measures, judged, summary);

        if (baseline.Count == 0 || end.Count == 0)
        {
            return Result([], false, string.Create(CultureInfo.InvariantCulture, $"not judged: no sample in {(baseline.Count == 0 ? $"the baseline window {baselineFrom:0}–{baselineTo:0} s" : $"the end window {endFrom:0}–{endTo:0} s")}"));
        }

        var measures = baseline.Concat(end).SelectMany(s => s.Values.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(name => (name, before: Median(baseline, name), after: Median(end, name)))
            .Where(m => m.before is not null && m.after is not null)
            .Select(m => Verdict(m.name, m.before!.Value, m.after!.Value))
            .ToList();
        if (measures.Count == 0)
        {
            return Result(measures, false, "not judged: no measure was read in both windows");
        }

        var moved = measures.Where(m => !m.Flat).ToList();
        return Result(
            measures,
            true,
            moved.Count == 0
                ? string.Create(CultureInfo.InvariantCulture, $"flat: all {measures.Count} measures within ±{Tolerance:P0}")
                : "not flat: " + string.Join(", ", moved.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Measure} ×{m.Ratio:0.00} ({m.Baseline:0.#} → {m.End:0.#})"))));
    }

    private static List<SoakSample> In(IReadOnlyList<SoakSample> samples, double every, double from, double to)
    {
        const double slack = 0.5; // a timer tick a little late still closes its period
        return samples.Where(s => s.At - every >= from - slack && s.At <= to + slack).ToList();
    }

    private static double? Median(List<SoakSample> samples, string name)
    {
        var values = samples.Where(s => s.Values.ContainsKey(name)).Select(s => s.Values[name]).Order().ToList();
        if (values.Count == 0)
        {
            return null;
        }

        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    private static SoakMeasureVerdict Verdict(string name, double baseline, double end)
    {
        var ratio = baseline != 0 ? end / baseline : end == 0 ? 1 : double.PositiveInfinity;
        var flat = Math.Abs(ratio - 1) <= Tolerance + 1e-9 || Math.Abs(end - baseline) <= Slack(name);
        return new SoakMeasureVerdict(name, baseline, end, ratio, flat);
    }

    private static double Slack(string measure) =>
        measure.EndsWith(SoakMeasures.Millis, StringComparison.Ordinal) ? LatencySlackMs
        : measure.EndsWith(SoakMeasures.MiB, StringComparison.Ordinal) ? 0
        : CountSlack;
}
