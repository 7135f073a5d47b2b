using ExperienceGrid.LoadGenerator.Soak;

namespace ExperienceGrid.LoadGenerator.Tests.Soak;

public sealed class SoakJudgeTests
{
    private const string Rss = "127.0.0.1:5080 rss MiB";
    private static readonly TimeSpan _minute = TimeSpan.FromMinutes(1);

    [Fact]
    public void Measures_within_ten_percent_are_flat()
    {
        var samples = Minutes(10, m => new() { [Rss] = 200 + (m % 2 == 0 ? 8 : -8), [SoakMeasures.HttpP99] = 40 + m % 3 });

        var result = Judge(samples, TimeSpan.FromMinutes(10));

        Assert.True(result.Flat, result.Summary);
        Assert.Equal(2, result.Measures.Count);
        Assert.StartsWith("flat", result.Summary);
    }

    [Fact]
    public void A_growing_rss_is_not_flat_and_is_named_with_its_ratio()
    {
        // 200 MiB at minutes 3–4 (baseline: the periods 2–3 and 3–4), growing 10 MiB a minute to 260 and 270 at minutes 9–10.
        var samples = Minutes(10, m => new() { [Rss] = 170 + 10 * m, [SoakMeasures.HttpP99] = 40 });

        var result = Judge(samples, TimeSpan.FromMinutes(10));

        Assert.False(result.Flat);
        var rss = Assert.Single(result.Measures, m => !m.Flat);
        Assert.Equal((Rss, 205.0, 265.0), (rss.Measure, rss.Baseline, rss.End));
        Assert.Equal(265.0 / 205.0, rss.Ratio, 6);
        Assert.Contains($"{Rss} ×1.29", result.Summary);
        Assert.True(result.Measures.Single(m => m.Measure == SoakMeasures.HttpP99).Flat);
    }

    [Fact]
    public void The_warm_up_is_ignored()
    {
        // A cold start: memory climbs in the first two minutes, then holds.
        var samples = Minutes(10, m => new() { [Rss] = m <= 2 ? 50 * m : 300 });

        var result = Judge(samples, TimeSpan.FromMinutes(10));

        Assert.True(result.Flat, result.Summary);
        Assert.Equal((120.0, 240.0, 480.0, 600.0), (result.BaselineFrom, result.BaselineTo, result.EndFrom, result.EndTo));
    }

    [Fact]
    public void Small_absolute_moves_of_latency_and_counts_are_noise_not_trends()
    {
        var samples = Minutes(10, m => new() { [SoakMeasures.HttpP99] = m < 6 ? 4 : 7, ["127.0.0.1:5080 threads"] = m < 6 ? 10 : 12 });

        var result = Judge(samples, TimeSpan.FromMinutes(10));

        Assert.True(result.Flat, result.Summary);
        Assert.All(result.Measures, m => Assert.NotEqual(1.0, m.Ratio));
    }

    [Fact]
    public void A_run_stopped_before_the_end_window_is_not_judged_and_not_flat()
    {
        var samples = Minutes(5, _ => new() { [Rss] = 200 });

        var result = Judge(samples, TimeSpan.FromMinutes(10));

        Assert.False(result.Judged);
        Assert.False(result.Flat);
        Assert.Contains("end window", result.Summary);
    }

    [Fact]
    public void A_measure_read_in_only_one_window_is_left_out()
    {
        var samples = Minutes(10, m => m < 6 ? new() { [Rss] = 200, ["redis used MiB"] = 3 } : new() { [Rss] = 200 });

        var result = Judge(samples, TimeSpan.FromMinutes(10));

        Assert.Equal(Rss, Assert.Single(result.Measures).Measure);
    }

    private static SoakResult Judge(List<SoakSample> samples, TimeSpan runEnd) =>
        SoakJudge.Judge(samples, _minute, TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(2), runEnd);

    /// <summary>One sample at the end of each minute 1..<paramref name="minutes"/>.</summary>
    private static List<SoakSample> Minutes(int minutes, Func<int, Dictionary<string, double>> values) =>
        [.. Enumerable.Range(1, minutes).Select(m => new SoakSample(m * 60, values(m), []))];
}
