using ExperienceGrid.Persistence.Sqlite.Tests.Infrastructure;
using Orleans.Storage;

namespace ExperienceGrid.Persistence.Sqlite.Tests.Storage;

public sealed class GrainStorageTests : IDisposable
{
    private const string StateName = "counter";
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task A_write_is_read_back_by_a_fresh_instance_with_its_ETag()
    {
        var grain = GrainId.Create("probe", "roundtrip");
        var written = new GrainState<CounterState>(new CounterState(7, 3, "hello"));
        await using (var first = new StorageHost(_database.DatabasePath))
        {
            await first.Storage.WriteStateAsync(StateName, grain, written);
        }

        Assert.True(File.Exists(_database.DatabasePath));
        Assert.Equal("1", written.ETag);
        await using var second = new StorageHost(_database.DatabasePath);
        var read = new GrainState<CounterState>();
        await second.Storage.ReadStateAsync(StateName, grain, read);

        Assert.True(read.RecordExists);
        Assert.Equal(new CounterState(7, 3, "hello"), read.State);
        Assert.Equal(written.ETag, read.ETag);

        // The ETag read back is the one the next write must carry.
        read.State = read.State! with { Sequence = 4 };
        await second.Storage.WriteStateAsync(StateName, grain, read);
        Assert.Equal("2", read.ETag);
    }

    [Fact]
    public async Task A_missing_grain_reads_as_no_record_with_a_default_state()
    {
        await using var host = new StorageHost(_database.DatabasePath);
        var read = new GrainState<CounterState>(new CounterState(1, 1)) { ETag = "5", RecordExists = true };

        await host.Storage.ReadStateAsync(StateName, GrainId.Create("probe", "missing"), read);

        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
        Assert.Equal(new CounterState(), read.State);
    }

    [Fact]
    public async Task State_is_keyed_by_service_state_name_and_grain()
    {
        var grain = GrainId.Create("probe", "keyed");
        await using (var serviceA = new StorageHost(_database.DatabasePath, serviceId: "service-a"))
        {
            await serviceA.Storage.WriteStateAsync(StateName, grain, new GrainState<CounterState>(new CounterState(1, 1)));
            var otherState = new GrainState<CounterState>();
            await serviceA.Storage.ReadStateAsync("other", grain, otherState);
            Assert.False(otherState.RecordExists);
        }

        await using var serviceB = new StorageHost(_database.DatabasePath, serviceId: "service-b");
        var read = new GrainState<CounterState>();
        await serviceB.Storage.ReadStateAsync(StateName, grain, read);
        Assert.False(read.RecordExists);
    }

    [Fact]
    public async Task A_stale_ETag_is_refused_and_leaves_the_stored_state_unchanged()
    {
        await using var host = new StorageHost(_database.DatabasePath);
        var grain = GrainId.Create("probe", "stale");
        var current = new GrainState<CounterState>(new CounterState(1, 1));
        await host.Storage.WriteStateAsync(StateName, grain, current);
        var stale = new GrainState<CounterState>(new CounterState(1, 99)) { ETag = current.ETag };
        current.State = new CounterState(1, 2);
        await host.Storage.WriteStateAsync(StateName, grain, current);

        var conflict = await Assert.ThrowsAsync<InconsistentStateException>(() => host.Storage.WriteStateAsync(StateName, grain, stale));

        Assert.Equal("2", conflict.StoredEtag);
        Assert.Equal("1", conflict.CurrentEtag);
        Assert.Equal("1", stale.ETag);
        var read = new GrainState<CounterState>();
        await host.Storage.ReadStateAsync(StateName, grain, read);
        Assert.Equal(new CounterState(1, 2), read.State);
        Assert.Equal("2", read.ETag);
    }

    [Theory]
    [InlineData(null, true)] // no ETag, but a row exists
    [InlineData("1", false)] // an ETag, but no row exists
    [InlineData("not-a-version", true)] // an ETag this storage never issued
    public async Task ETags_that_do_not_match_the_row_are_refused(string? eTag, bool rowExists)
    {
        await using var host = new StorageHost(_database.DatabasePath);
        var grain = GrainId.Create("probe", $"refused-{rowExists}-{eTag}");
        if (rowExists)
        {
            await host.Storage.WriteStateAsync(StateName, grain, new GrainState<CounterState>(new CounterState(1, 1)));
        }

        var write = new GrainState<CounterState>(new CounterState(1, 50)) { ETag = eTag };
        await Assert.ThrowsAsync<InconsistentStateException>(() => host.Storage.WriteStateAsync(StateName, grain, write));

        var read = new GrainState<CounterState>();
        await host.Storage.ReadStateAsync(StateName, grain, read);
        Assert.Equal(rowExists, read.RecordExists);
        Assert.Equal(rowExists ? 1 : 0, read.State!.Sequence);
    }

    [Fact]
    public async Task A_refused_write_does_not_undo_the_other_writes_of_its_transaction()
    {
        // One writer per transaction at most 1,000; 300 queued at once share a few transactions with the bad write.
        await using var host = new StorageHost(_database.DatabasePath);
        var victim = GrainId.Create("probe", "batch-victim");
        await host.Storage.WriteStateAsync(StateName, victim, new GrainState<CounterState>(new CounterState(0, 1)));
        var transactionsBefore = host.Database.Transactions;

        var good = Enumerable.Range(1, 300)
            .Select(i => host.Storage.WriteStateAsync(StateName, GrainId.Create("probe", $"batch-{i}"), new GrainState<CounterState>(new CounterState(i, 1))))
            .ToList();
        var bad = host.Storage.WriteStateAsync(StateName, victim, new GrainState<CounterState>(new CounterState(0, 2)) { ETag = "7" });

        await Assert.ThrowsAsync<InconsistentStateException>(() => bad);
        await Task.WhenAll(good);
        Assert.True(host.Database.Transactions - transactionsBefore < 301, "the 301 writes should have shared transactions");
        for (var i = 1; i <= 300; i++)
        {
            var read = new GrainState<CounterState>();
            await host.Storage.ReadStateAsync(StateName, GrainId.Create("probe", $"batch-{i}"), read);
            Assert.Equal(new CounterState(i, 1), read.State);
        }

        var victimRead = new GrainState<CounterState>();
        await host.Storage.ReadStateAsync(StateName, victim, victimRead);
        Assert.Equal(1, victimRead.State!.Sequence);
    }

    [Fact]
    public async Task Clear_checks_the_ETag_and_leaves_no_record()
    {
        await using var host = new StorageHost(_database.DatabasePath);
        var grain = GrainId.Create("probe", "clear");
        var state = new GrainState<CounterState>(new CounterState(1, 1));
        await host.Storage.WriteStateAsync(StateName, grain, state);
        var stale = new GrainState<CounterState>(new CounterState(1, 1)) { ETag = state.ETag };
        await host.Storage.WriteStateAsync(StateName, grain, state);

        await Assert.ThrowsAsync<InconsistentStateException>(() => host.Storage.ClearStateAsync(StateName, grain, stale));
        await Assert.ThrowsAsync<InconsistentStateException>(() => host.Storage.ClearStateAsync(StateName, grain, new GrainState<CounterState>()));
        var afterRefusals = new GrainState<CounterState>();
        await host.Storage.ReadStateAsync(StateName, grain, afterRefusals);
        Assert.True(afterRefusals.RecordExists);

        await host.Storage.ClearStateAsync(StateName, grain, state);

        Assert.False(state.RecordExists);
        Assert.Equal(new CounterState(), state.State);
        var read = new GrainState<CounterState>();
        await host.Storage.ReadStateAsync(StateName, grain, read);
        Assert.False(read.RecordExists);
        Assert.Equal(state.ETag, read.ETag);

        // The ETag from before the clear never matches again; the one the clear returned does.
        await Assert.ThrowsAsync<InconsistentStateException>(() => host.Storage.WriteStateAsync(StateName, grain, stale));
        state.State = new CounterState(1, 10);
        await host.Storage.WriteStateAsync(StateName, grain, state);
        await host.Storage.ReadStateAsync(StateName, grain, read);
        Assert.True(read.RecordExists);
        Assert.Equal(10, read.State!.Sequence);
    }

    [Fact]
    public async Task Clearing_a_grain_that_was_never_written_succeeds_without_an_ETag()
    {
        await using var host = new StorageHost(_database.DatabasePath);
        var state = new GrainState<CounterState>();

        await host.Storage.ClearStateAsync(StateName, GrainId.Create("probe", "never"), state);

        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        await Assert.ThrowsAsync<InconsistentStateException>(() =>
            host.Storage.ClearStateAsync(StateName, GrainId.Create("probe", "never"), new GrainState<CounterState>() { ETag = "3" }));
    }

    public void Dispose() => _database.Dispose();
}
