using ExperienceGrid.Runtime.Tests.Grains;
using ExperienceGrid.Runtime.Tests.Infrastructure;
using ExperienceGrid.Testing;

namespace ExperienceGrid.Runtime.Tests.Activation;

public sealed class DeactivationTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Idle_activation_is_deactivated_and_reactivates_with_its_state()
    {
        var clock = new ManualTimeProvider();
        var key = $"idle-{Guid.NewGuid():N}";
        await using var grid = await TestGrid.StartAsync(_directory.Path, clock);
        var counter = grid.Grains.GetGrain<ICounterGrain>(key);
        await grid.AppendCountsAsync(key, [new CountMessage("idle-1", 5), new CountMessage("idle-2", 6)]);
        await Eventually.True(async () => await counter.TotalAsync() == 11, "the messages were applied");

        clock.Advance(TimeSpan.FromMinutes(14));
        await counter.Touch();
        clock.Advance(TimeSpan.FromMinutes(14));
        Assert.False(CounterGrain.Deactivations.ContainsKey(key), "a call resets the idle age");

        await Eventually.True(() =>
        {
            clock.Advance(TimeSpan.FromSeconds(30));
            return CounterGrain.Deactivations.GetValueOrDefault(key) == 1;
        }, "the idle activation was deactivated");

        var state = await counter.GetAsync();
        Assert.Equal(11, state.Total);
        Assert.Equal(["idle-1", "idle-2"], state.Seen);
        Assert.Equal(2, CounterGrain.Activations[key]);
    }
}
