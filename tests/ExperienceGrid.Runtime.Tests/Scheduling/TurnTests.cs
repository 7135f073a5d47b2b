using ExperienceGrid.Runtime.Tests.Grains;
using ExperienceGrid.Runtime.Tests.Infrastructure;

namespace ExperienceGrid.Runtime.Tests.Scheduling;

public sealed class TurnTests : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();
    private TestGrid _grid = null!;

    public async Task InitializeAsync() => _grid = await TestGrid.StartAsync(_directory.Path);

    public async Task DisposeAsync()
    {
        await _grid.DisposeAsync();
        _directory.Dispose();
    }

    [Fact]
    public async Task Turns_never_overlap_under_many_concurrent_callers()
    {
        var key = $"probe-{Guid.NewGuid():N}";

        await Task.WhenAll(Enumerable.Range(0, 400).Select(i => Task.Run(() => _grid.Grains.GetGrain<IProbeGrain>(key).Enter(i))));

        var (overlaps, order) = await _grid.Grains.GetGrain<IProbeGrain>(key).GetAsync();
        Assert.Equal(0, overlaps);
        Assert.Equal(Enumerable.Range(0, 400), order.Order());
    }

    [Fact]
    public async Task One_callers_calls_run_in_call_order()
    {
        var probe = _grid.Grains.GetGrain<IProbeGrain>($"fifo-{Guid.NewGuid():N}");

        await Task.WhenAll(Enumerable.Range(0, 500).Select(probe.Enter).ToArray());

        Assert.Equal(Enumerable.Range(0, 500), (await probe.GetAsync()).Order);
    }

    [Fact]
    public async Task Concurrent_first_calls_create_one_activation()
    {
        var key = $"single-{Guid.NewGuid():N}";

        await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => Task.Run(async () => await _grid.Grains.GetGrain<ICounterGrain>(key).Touch())));

        Assert.Equal(1, CounterGrain.Activations[key]);
    }

    [Fact]
    public async Task Grain_exceptions_propagate_and_the_activation_keeps_serving()
    {
        var counter = _grid.Grains.GetGrain<ICounterGrain>($"fail-{Guid.NewGuid():N}");

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => counter.Fail("boom"));

        Assert.Equal("boom", error.Message);
        Assert.Equal(0, await counter.TotalAsync());
    }
}
