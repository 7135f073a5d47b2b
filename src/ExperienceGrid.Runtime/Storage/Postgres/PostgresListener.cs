using ExperienceGrid.Runtime.Partitions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ExperienceGrid.Runtime.Storage.Postgres;

/// <summary>
/// One dedicated LISTEN connection per silo. "Appended" notifications wake the consumers of partitions written by
/// any silo; other channels go to their handlers. After every (re)connect all partitions are woken, since
/// notifications sent while disconnected are lost.
/// </summary>
internal sealed class PostgresListener(
    PostgresConnections connections,
    PartitionSignals signals,
    GridPartitioner partitioner,
    IEnumerable<IPostgresChannelHandler> handlers,
    TimeProvider timeProvider,
    ILogger<PostgresListener> logger) : BackgroundService
{
    private static readonly TimeSpan _retryDelay = TimeSpan.FromMilliseconds(500);
    private readonly Dictionary<string, IPostgresChannelHandler> _handlers = handlers.ToDictionary(h => h.Channel, StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await connections.OpenDedicatedAsync(stoppingToken).ConfigureAwait(false);
                connection.Notification += OnNotification;
                var channels = _handlers.Keys.Append(PostgresChannels.Appended).Select(c => $"LISTEN {c};");
                await using (var listen = new NpgsqlCommand(string.Concat(channels), connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken).ConfigureAwait(false);
                }

                WakeAll();
                while (true)
                {
                    await connection.WaitAsync(stoppingToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                PostgresLog.ListenFailed(logger, ex);
                try
                {
                    await Task.Delay(_retryDelay, timeProvider, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    break;
                }
            }
        }
    }

    private void OnNotification(object sender, NpgsqlNotificationEventArgs e)
    {
        if (e.Channel == PostgresChannels.Appended)
        {
            if (PostgresJournalAppend.ParseNotifyPayload(e.Payload) is { } heads)
            {
                foreach (var (partition, head) in heads.Where(h => h.Partition < partitioner.PartitionCount))
                {
                    signals.Appended(partition, head);
                }
            }
            else
            {
                WakeAll();
            }
        }
        else if (_handlers.TryGetValue(e.Channel, out var handler))
        {
            handler.Handle(e.Payload);
        }
    }

    private void WakeAll()
    {
        for (var partition = 0; partition < partitioner.PartitionCount; partition++)
        {
            signals.Wake(partition);
        }
    }
}
