using ExperienceGrid.Persistence.Sqlite.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ExperienceGrid.Persistence.Sqlite.Tests.Storage;

public sealed class GroupCommitTests(ITestOutputHelper output) : IDisposable
{
    private const string StateName = "concurrent";
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Concurrent_writers_are_grouped_into_fewer_transactions_and_all_land()
    {
        const int Grains = 200;
        const int WritesPerGrain = 20;
        await using var host = new StorageHost(_database.DatabasePath);
        var grainIds = Enumerable.Range(0, Grains).Select(i => GrainId.Create("concurrent", $"grain-{i}")).ToArray();
        await host.Database.OpenAsync();
        var transactionsBefore = host.Database.Transactions;

        // Each grain writes in order, carrying its ETag, as an activation does; the grains run in parallel.
        await Task.WhenAll(grainIds.Select((grain, i) => Task.Run(async () =>
        {
            var state = new GrainState<CounterState>();
            for (var sequence = 1; sequence <= WritesPerGrain; sequence++)
            {
                state.State = new CounterState(i, sequence);
                await host.Storage.WriteStateAsync(StateName, grain, state);
            }
        })));

        var transactions = host.Database.Transactions - transactionsBefore;
        output.WriteLine($"{Grains * WritesPerGrain} writes in {transactions} transactions");
        Assert.InRange(transactions, 1, Grains * WritesPerGrain / 2);
        await using var fresh = new StorageHost(_database.DatabasePath);
        for (var i = 0; i < Grains; i++)
        {
            var read = new GrainState<CounterState>();
            await fresh.Storage.ReadStateAsync(StateName, grainIds[i], read);
            Assert.Equal(new CounterState(i, WritesPerGrain), read.State);
            Assert.Equal($"{WritesPerGrain}", read.ETag);
        }
    }

    [Fact]
    public async Task Reads_run_beside_a_busy_writer_and_see_only_committed_states()
    {
        await using var host = new StorageHost(_database.DatabasePath);
        var grain = GrainId.Create("concurrent", "read-beside");
        var writing = Task.Run(async () =>
        {
            var state = new GrainState<CounterState>();
            for (var sequence = 1; sequence <= 300; sequence++)
            {
                state.State = new CounterState(1, sequence);
                await host.Storage.WriteStateAsync(StateName, grain, state);
            }
        });

        var lastSeen = 0;
        while (!writing.IsCompleted)
        {
            var read = new GrainState<CounterState>();
            await host.Storage.ReadStateAsync(StateName, grain, read);
            var sequence = read.State!.Sequence;
            Assert.True(sequence >= lastSeen, "a read went back in time");
            Assert.Equal(read.RecordExists ? $"{sequence}" : null, read.ETag);
            lastSeen = sequence;
        }

        await writing;
    }

    public void Dispose() => _database.Dispose();
}
