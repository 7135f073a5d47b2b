using ExperienceGrid.Runtime.Partitions;
using ExperienceGrid.Runtime.Storage;
using ExperienceGrid.Runtime.Storage.Sqlite;
using ExperienceGrid.Runtime.Tests.Grains;
using ExperienceGrid.Runtime.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ExperienceGrid.Runtime.Tests.Journal;

public sealed class OutboxTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Durable_send_to_another_partition_is_delivered_exactly_once_across_restarts()
    {
        var id = Guid.NewGuid().ToString("N");
        var senderKey = $"sender-{id}";
        var targetKey = Enumerable.Range(0, 100).Select(i => $"target-{id}-{i}")
            .First(k => GridPartitioner.ComputePartition(k, 8) != GridPartitioner.ComputePartition(senderKey, 8));
        SendMessage[] sends = [new($"{id}/s1", targetKey, 3), new($"{id}/s2", targetKey, 4)];
        CrashingStore? crashing = null;

        // First life crashes before any commit: the sender's effects and its outbox are lost together.
        await using (var grid = await TestGrid.StartAsync(_directory.Path, configure: services =>
            services.AddSingleton<IGridStore>(sp => crashing = new CrashingStore(ActivatorUtilities.CreateInstance<SqliteGridStore>(sp), allowedCommits: 0))))
        {
            await AppendSendsAsync(grid, senderKey, sends);
            await Eventually.True(() => crashing!.FailedCommits > 0, "the sender's commit failed");
        }

        await using (var grid = await TestGrid.StartAsync(_directory.Path))
        {
            var target = grid.Grains.GetGrain<ICounterGrain>(targetKey);
            await Eventually.True(async () => (await target.GetAsync()).Seen.Count == 2, "both forwards arrived");
            Assert.Equal(2, await grid.Grains.GetGrain<ISenderGrain>(senderKey).SentAsync());
            Assert.Equal(new AppendResult(0, 2), await AppendSendsAsync(grid, senderKey, sends));
        }

        await using (var grid = await TestGrid.StartAsync(_directory.Path))
        {
            var state = await grid.Grains.GetGrain<ICounterGrain>(targetKey).GetAsync();
            Assert.Equal([$"{id}/s1/fwd", $"{id}/s2/fwd"], state.Seen);
            Assert.Equal(7, state.Total);
        }
    }

    private static Task<AppendResult> AppendSendsAsync(TestGrid grid, string key, SendMessage[] sends) =>
        grid.Journal.AppendAsync([.. sends.Select(s => grid.Journal.Envelope<ISenderGrain, SendMessage>(key, s, s.Id))], CancellationToken.None).AsTask();
}
