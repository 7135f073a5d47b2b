using ExperienceGrid.LoadGenerator.Scheduling;

namespace ExperienceGrid.LoadGenerator.Tests.Scheduling;

public sealed class OpenModelScheduleTests
{
    [Fact]
    public void Rate_times_duration_events_in_batches_with_a_short_last_batch()
    {
        var schedule = new OpenModelSchedule(rate: 250, TimeSpan.FromSeconds(2), batchSize: 40);

        Assert.Equal(500, schedule.TotalEvents);
        Assert.Equal(13, schedule.BatchCount);
        Assert.Equal(40, schedule.SizeOf(0));
        Assert.Equal(20, schedule.SizeOf(12));
        Assert.Equal(schedule.TotalEvents, Enumerable.Range(0, (int)schedule.BatchCount).Sum(k => schedule.SizeOf(k)));
    }

    [Fact]
    public void Batch_k_is_due_at_k_times_batch_over_rate()
    {
        var schedule = new OpenModelSchedule(rate: 100, TimeSpan.FromSeconds(10), batchSize: 25);

        Assert.Equal(TimeSpan.Zero, schedule.DueAt(0));
        Assert.Equal(TimeSpan.FromSeconds(0.25), schedule.DueAt(1));
        Assert.Equal(TimeSpan.FromSeconds(9.75), schedule.DueAt(39));
    }

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, 1)]
    [InlineData(0.24, 1)]
    [InlineData(0.25, 2)]
    [InlineData(60, 40)]
    public void Batches_due_by_a_moment(double seconds, long expected) =>
        Assert.Equal(expected, new OpenModelSchedule(100, TimeSpan.FromSeconds(10), 25).DueBy(TimeSpan.FromSeconds(seconds)));

    [Fact]
    public void Offered_rate_over_the_schedule_equals_the_asked_rate()
    {
        var schedule = new OpenModelSchedule(rate: 333, TimeSpan.FromSeconds(30), batchSize: 7);
        var lastDue = schedule.DueAt(schedule.BatchCount - 1) + TimeSpan.FromSeconds(schedule.SizeOf(schedule.BatchCount - 1) / 333.0);

        Assert.Equal(333, schedule.TotalEvents / lastDue.TotalSeconds, precision: 0);
    }
}
