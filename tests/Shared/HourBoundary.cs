namespace ExperienceGrid.Testing;

/// <summary>
/// Tests comparing "this hour" with the same hour a week ago must not straddle the top of an hour: events sent at
/// 10:59:59 and a read at 11:00:01 compare different hours. Starting in the next hour keeps them in one.
/// </summary>
public static class HourBoundary
{
    public static async Task AvoidAsync(TimeSpan? margin = null)
    {
        var now = DateTimeOffset.UtcNow;
        var nextHour = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, 0, 0, TimeSpan.Zero).AddHours(1);
        if (nextHour - now < (margin ?? TimeSpan.FromMinutes(1)))
        {
            await Task.Delay(nextHour - now + TimeSpan.FromSeconds(1));
        }
    }
}
