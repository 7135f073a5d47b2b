using ExperienceGrid.Runtime.Storage;
using ExperienceGrid.Runtime.Tests.Grains;
using ExperienceGrid.Runtime.Tests.Infrastructure;
using ExperienceGrid.Runtime.Timers;
using ExperienceGrid.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ExperienceGrid.Runtime.Tests.Timers;

public sealed class ReminderTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Reminder_survives_a_restart_and_fires_exactly_once_per_tick()
    {
        var clock = new ManualTimeProvider();
        var start = clock.GetUtcNow();
        var key = $"rem-{Guid.NewGuid():N}";
        var all = Enumerable.Range(0, 8).ToArray();

        await using (var grid = await TestGrid.StartAsync(_directory.Path, clock))
        {
            await grid.Grains.GetGrain<IReminderGrain>(key).Schedule(TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
            var store = grid.Services.GetRequiredService<IGridStore>();
            await Eventually.True(
                async () => (await store.GetDueRemindersAsync(all, start.AddHours(1), 10, CancellationToken.None)).Any(r => r.Grain.Key == key),
                "the reminder was committed");
        }

        await using (var grid = await TestGrid.StartAsync(_directory.Path, clock))
        {
            var reminders = grid.Services.GetRequiredService<ReminderService>();
            var grain = grid.Grains.GetGrain<IReminderGrain>(key);
            Assert.Empty(await grain.TicksAsync());

            clock.Advance(TimeSpan.FromSeconds(61));
            await reminders.PollNowAsync();
            await Eventually.True(async () => (await grain.TicksAsync()).Count == 1, "the first tick arrived");

            clock.Advance(TimeSpan.FromSeconds(60));
            for (var i = 0; i < 3; i++)
            {
                await reminders.PollNowAsync();
            }

            await Eventually.True(async () => (await grain.TicksAsync()).Count == 2, "the second tick arrived");
            await reminders.PollNowAsync();
            await grid.StopAsync();
        }

        await using (var grid = await TestGrid.StartAsync(_directory.Path, clock))
        {
            Assert.Equal([start.AddMinutes(1), start.AddMinutes(2)], await grid.Grains.GetGrain<IReminderGrain>(key).TicksAsync());
        }
    }
}
