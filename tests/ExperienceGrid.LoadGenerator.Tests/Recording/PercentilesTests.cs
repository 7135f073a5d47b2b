using ExperienceGrid.LoadGenerator.Recording;

namespace ExperienceGrid.LoadGenerator.Tests.Recording;

public sealed class PercentilesTests
{
    private static readonly double[] _oneToHundred = [.. Enumerable.Range(1, 100).Select(i => (double)i)];

    [Theory]
    [InlineData(50, 50)]
    [InlineData(95, 95)]
    [InlineData(99, 99)]
    [InlineData(100, 100)]
    [InlineData(0.5, 1)]
    public void Nearest_rank_over_one_to_a_hundred(double percentile, double expected) =>
        Assert.Equal(expected, Percentiles.Of(_oneToHundred, percentile));

    [Fact]
    public void A_single_slow_request_in_a_hundred_is_the_p99_of_a_hundred_and_one()
    {
        double[] samples = [.. Enumerable.Repeat(1.0, 100), 5000.0];
        Assert.Equal(1, Percentiles.Of(samples, 99));
        Assert.Equal(5000, Percentiles.Of(samples, 100));
    }

    [Fact]
    public void Summary_sorts_unsorted_samples_and_reports_max_and_mean()
    {
        var summary = LatencySummary.Of([40, 10, 30, 20]);
        Assert.Equal((4L, 20.0, 40.0, 40.0, 40.0, 25.0), (summary.Count, summary.P50, summary.P95, summary.P99, summary.Max, summary.Mean));
    }

    [Fact]
    public void Empty_samples_give_an_empty_summary_not_NaN()
    {
        Assert.True(double.IsNaN(Percentiles.Of([], 50)));
        Assert.Equal(LatencySummary.Empty, LatencySummary.Of([]));
    }

    [Fact]
    public void Timeline_buckets_samples_by_second()
    {
        var recorder = new LatencyRecorder();
        recorder.Record(0.2, TimeSpan.FromMilliseconds(10));
        recorder.Record(0.9, TimeSpan.FromMilliseconds(30));
        recorder.Record(2.5, TimeSpan.FromMilliseconds(-5));

        var timeline = recorder.Timeline(runSeconds: 3);

        Assert.Equal([(0.0, 2L, 30.0), (2.0, 1L, 0.0)], timeline.Select(p => (p.At, p.Count, p.Max)));
    }

    [Fact]
    public void Long_runs_get_wider_buckets_so_charts_stay_readable() =>
        Assert.Equal([1, 1, 2, 4], new[] { 10.0, 150, 151, 600 }.Select(LatencyRecorder.BucketWidth));
}
