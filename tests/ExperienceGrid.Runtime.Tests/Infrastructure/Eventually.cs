namespace ExperienceGrid.Runtime.Tests.Infrastructure;

/// <summary>Awaits a condition with a deadline (never a bare sleep as synchronisation).</summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    public static Task True(Func<bool> condition, string because, TimeSpan? timeout = null) =>
        True(() => Task.FromResult(condition()), because, timeout);

    public static async Task True(Func<Task<bool>> condition, string because, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting until {because}.");
            }

            await Task.Delay(10);
        }
    }
}
