using ExperienceGrid.Persistence.Sqlite.Tests.Infrastructure;

namespace ExperienceGrid.Persistence.Sqlite.Tests.Storage;

public sealed class ReminderTableTests : IDisposable
{
    private static readonly DateTime _startAt = new(2026, 11, 30, 8, 0, 0, DateTimeKind.Utc);
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Upsert_read_and_remove_follow_the_ETag()
    {
        await using var host = new StorageHost(_database.DatabasePath);
        var grain = GrainId.Create("reminder", "etag");
        var first = await host.Reminders.UpsertRow(Entry(grain, "tick", TimeSpan.FromMinutes(1)));
        var second = await host.Reminders.UpsertRow(Entry(grain, "tick", TimeSpan.FromMinutes(5)));

        Assert.NotNull(first);
        Assert.NotEqual(first, second);
        var row = await host.Reminders.ReadRow(grain, "tick");
        Assert.NotNull(row);
        Assert.Equal(grain, row.GrainId);
        Assert.Equal(_startAt, row.StartAt);
        Assert.Equal(DateTimeKind.Utc, row.StartAt.Kind);
        Assert.Equal(TimeSpan.FromMinutes(5), row.Period);
        Assert.Equal(second, row.ETag);

        Assert.False(await host.Reminders.RemoveRow(grain, "tick", first!));
        Assert.False(await host.Reminders.RemoveRow(grain, "tick", "not-an-etag"));
        Assert.NotNull(await host.Reminders.ReadRow(grain, "tick"));
        Assert.True(await host.Reminders.RemoveRow(grain, "tick", second!));
        Assert.Null(await host.Reminders.ReadRow(grain, "tick"));
        Assert.False(await host.Reminders.RemoveRow(grain, "tick", second!));
    }

    [Fact]
    public async Task Rows_survive_a_fresh_instance_and_are_read_per_grain_and_per_service()
    {
        var grain = GrainId.Create("reminder", "per-grain");
        var other = GrainId.Create("reminder", "other-grain");
        await using (var host = new StorageHost(_database.DatabasePath, serviceId: "service-a"))
        {
            await host.Reminders.UpsertRow(Entry(grain, "a", TimeSpan.FromMinutes(1)));
            await host.Reminders.UpsertRow(Entry(grain, "b", TimeSpan.FromMinutes(2)));
            await host.Reminders.UpsertRow(Entry(other, "a", TimeSpan.FromMinutes(3)));
        }

        await using (var fresh = new StorageHost(_database.DatabasePath, serviceId: "service-a"))
        {
            var rows = await fresh.Reminders.ReadRows(grain);
            Assert.Equal(["a", "b"], rows.Reminders.Select(r => r.ReminderName).Order());
            Assert.All(rows.Reminders, r => Assert.Equal(grain, r.GrainId));
        }

        await using var serviceB = new StorageHost(_database.DatabasePath, serviceId: "service-b");
        Assert.Empty((await serviceB.Reminders.ReadRows(grain)).Reminders);
        await serviceB.Reminders.UpsertRow(Entry(grain, "b-only", TimeSpan.FromMinutes(1)));
        await serviceB.Reminders.TestOnlyClearTable();
        Assert.Empty((await serviceB.Reminders.ReadRows(grain)).Reminders);

        await using var serviceA = new StorageHost(_database.DatabasePath, serviceId: "service-a");
        Assert.Equal(3, (await serviceA.Reminders.ReadRows(0u, 0u)).Reminders.Count);
    }

    [Fact]
    public async Task Hash_ranges_are_begin_exclusive_end_inclusive_and_wrap_around_the_ring()
    {
        await using var host = new StorageHost(_database.DatabasePath);
        // Grains sorted by their uniform hash: h[0] < h[1] < … < h[n-1].
        var grains = Enumerable.Range(0, 12)
            .Select(i => GrainId.Create("reminder", $"ring-{i}"))
            .OrderBy(g => g.GetUniformHashCode())
            .ToArray();
        var h = grains.Select(g => g.GetUniformHashCode()).ToArray();
        Assert.Equal(h.Length, h.Distinct().Count());
        foreach (var grain in grains)
        {
            await host.Reminders.UpsertRow(Entry(grain, "r", TimeSpan.FromMinutes(1)));
        }

        var n = grains.Length;
        await AssertRange(h[2], h[5], grains[3], grains[4], grains[5]);
        await AssertRange(h[2] + 1, h[5] - 1, grains[3], grains[4]);
        await AssertRange(h[n - 3], h[1], grains[n - 2], grains[n - 1], grains[0], grains[1]); // begin > end: wraps
        await AssertRange(h[n - 1], h[0], grains[0]); // wraps past uint.MaxValue to the first grain only
        await AssertRange(h[4], h[4], grains); // begin == end: the whole ring
        await AssertRange(0u, 0u, grains);
        await AssertRange(0u, uint.MaxValue, grains);
        await AssertRange(h[n - 1], uint.MaxValue);

        async Task AssertRange(uint begin, uint end, params GrainId[] expected)
        {
            var rows = await host.Reminders.ReadRows(begin, end);
            Assert.Equal(expected.Select(g => g.ToString()).Order(), rows.Reminders.Select(r => r.GrainId.ToString()).Order());
        }
    }

    private static ReminderEntry Entry(GrainId grain, string name, TimeSpan period) =>
        new() { GrainId = grain, ReminderName = name, StartAt = _startAt, Period = period };

    public void Dispose() => _database.Dispose();
}
