namespace ExperienceGrid.Testing;

/// <summary>
/// The journey map compares the rolling last hour with the clock hour a week ago that holds now − 30 minutes, so a
/// test that writes last week's moments and then reads the map must not straddle a half hour (hh:30): the hour
/// compared would change between the write and the read. Starting just after it keeps them in one.
/// </summary>
public static class HourBoundary
{
    /// <summary>Where last week's moments go for the map read now to compare against them.</summary>
    public static DateTimeOffset WeekAgo(DateTimeOffset now) => now.AddDays(-7).AddMinutes(-30);

    public static async Task AvoidAsync(TimeSpan? margin = null)
    {
        var now = DateTimeOffset.UtcNow;
        var halfHour = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 30, 0, TimeSpan.Zero);
        var next = halfHour > now ? halfHour : halfHour.AddHours(1);
        if (next - now < (margin ?? TimeSpan.FromMinutes(1)))
        {
            await Task.Delay(next - now + TimeSpan.FromSeconds(1));
        }
    }
}
