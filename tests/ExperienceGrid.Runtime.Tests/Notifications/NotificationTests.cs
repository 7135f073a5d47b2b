using System.Collections.Concurrent;
using System.Text.Json;
using ExperienceGrid.Runtime.Storage;
using ExperienceGrid.Runtime.Tests.Grains;
using ExperienceGrid.Runtime.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ExperienceGrid.Runtime.Tests.Notifications;

public sealed class NotificationTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Notifications_are_delivered_after_the_commit_that_covers_them()
    {
        var key = $"notify-{Guid.NewGuid():N}";
        await using var grid = await TestGrid.StartAsync(_directory.Path, pageSize: 5);
        var store = grid.Services.GetRequiredService<IGridStore>();
        var bus = grid.Services.GetRequiredService<INotificationBus>();
        var delivered = new ConcurrentQueue<(string Id, bool Committed)>();
        using var failing = bus.Subscribe<CountApplied>((_, _) => throw new InvalidOperationException("a broken subscriber"));
        using var subscription = bus.Subscribe<CountApplied>(async (applied, ct) =>
        {
            if (applied.Key != key)
            {
                return;
            }

            // The snapshot read here must already contain the message that produced this notification.
            var snapshot = await store.LoadSnapshotAsync(new GrainId("counter", key), ct);
            var state = snapshot is null ? null : JsonSerializer.Deserialize<CounterState>(snapshot, new JsonSerializerOptions(JsonSerializerDefaults.Web));
            delivered.Enqueue((applied.MessageId, state?.Seen.Contains(applied.MessageId) == true));
        });

        var messages = Enumerable.Range(0, 23).Select(i => new CountMessage($"{key}/{i}", 1)).ToArray();
        await grid.AppendCountsAsync(key, messages);

        await Eventually.True(() => delivered.Count == messages.Length, "every notification was delivered");
        Assert.Equal(messages.Select(m => m.Id), delivered.Select(d => d.Id));
        Assert.All(delivered, d => Assert.True(d.Committed, $"{d.Id} was published before its commit"));
    }
}
