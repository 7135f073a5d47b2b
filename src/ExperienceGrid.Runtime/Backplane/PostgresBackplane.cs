using System.Text.Json;
using System.Threading.Channels;
using ExperienceGrid.Runtime.Journal;
using ExperienceGrid.Runtime.Notifications;
using ExperienceGrid.Runtime.Storage.Postgres;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ExperienceGrid.Runtime.Backplane;

/// <summary>
/// Cluster backplane over LISTEN/NOTIFY: notifications published on this silo are delivered locally by the bus and
/// sent here; notifications of other silos arrive through <see cref="PostgresListener"/> and are delivered to the
/// local subscribers only (a silo's own echoes are dropped by origin). Order is kept per sending silo.
/// At-most-once: while PostgreSQL is unreachable, notifications of that time are not forwarded.
/// </summary>
internal sealed class PostgresBackplane : BackgroundService, IPostgresChannelHandler
{
    private const int NotifyLimit = 7900;
    private const int MaxPerBatch = 200;
    private readonly Channel<object> _outbound = System.Threading.Channels.Channel.CreateBounded<object>(new BoundedChannelOptions(100_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });
    private readonly Channel<string> _inbound = System.Threading.Channels.Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly PostgresConnections _connections;
    private readonly NotificationTypeRegistry _types;
    private readonly NotificationBus _bus;
    private readonly ILogger<PostgresBackplane> _logger;

    public PostgresBackplane(PostgresConnections connections, NotificationTypeRegistry types, NotificationBus bus, ILogger<PostgresBackplane> logger)
    {
        _connections = connections;
        _types = types;
        _bus = bus;
        _logger = logger;
        bus.SetForwarder(notification => _outbound.Writer.TryWrite(notification));
    }

    public string Channel => PostgresChannels.Notifications;

    /// <summary>Called on the listener's thread: queue only, never block it.</summary>
    public void Handle(string payload) => _inbound.Writer.TryWrite(payload);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(SendLoopAsync(stoppingToken), ReceiveLoopAsync(stoppingToken));

    private async Task SendLoopAsync(CancellationToken ct)
    {
        var batch = new List<object>();
        try
        {
            while (await _outbound.Reader.WaitToReadAsync(ct).ConfigureAwait(false))
            {
                batch.Clear();
                while (batch.Count < MaxPerBatch && _outbound.Reader.TryRead(out var notification))
                {
                    batch.Add(notification);
                }

                try
                {
                    await SendAsync(batch, ct).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    PostgresLog.BackplaneSendFailed(_logger, ex, batch.Count);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task SendAsync(List<object> notifications, CancellationToken ct)
    {
        await using var connection = await _connections.DataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var notification in notifications)
        {
            if (_types.Find(notification) is not { } registration)
            {
                continue;
            }

            var payload = JsonSerializer.SerializeToElement(notification, registration.Type, GridJson.Options);
            var json = JsonSerializer.Serialize(new BackplaneEnvelope(_connections.SiloId, registration.Name, payload, null), GridJson.Options);
            if (json.Length > NotifyLimit)
            {
                await using var store = new NpgsqlCommand("INSERT INTO backplane_payloads (payload) VALUES ($1) RETURNING id", connection);
                store.Parameters.Add(new() { Value = json });
                var id = (long)(await store.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
                json = JsonSerializer.Serialize(new BackplaneEnvelope(_connections.SiloId, null, null, id), GridJson.Options);
            }

            batch.BatchCommands.Add(PostgresJournalAppend.Command("SELECT pg_notify($1, $2)", PostgresChannels.Notifications, json));
        }

        if (batch.BatchCommands.Count > 0)
        {
            // One implicit transaction: delivered together at commit, in order.
            await batch.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
        }
    }

    private async Task ReceiveLoopAsync(CancellationToken ct)
    {
        try
        {
            await foreach (var message in _inbound.Reader.ReadAllAsync(ct).ConfigureAwait(false))
            {
                try
                {
                    await ReceiveAsync(message, ct).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    PostgresLog.BackplaneReceiveFailed(_logger, ex);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task ReceiveAsync(string message, CancellationToken ct)
    {
        var envelope = JsonSerializer.Deserialize<BackplaneEnvelope>(message, GridJson.Options);
        if (envelope is null || envelope.Origin == _connections.SiloId)
        {
            return;
        }

        if (envelope.Ref is { } id)
        {
            await using var command = _connections.DataSource.CreateCommand("SELECT payload FROM backplane_payloads WHERE id = $1");
            command.Parameters.Add(new() { Value = id });
            if (await command.ExecuteScalarAsync(ct).ConfigureAwait(false) is not string stored)
            {
                return;
            }

            envelope = JsonSerializer.Deserialize<BackplaneEnvelope>(stored, GridJson.Options)!;
        }

        if (envelope.Type is not null && _types.TypeOf(envelope.Type) is { } type && envelope.Payload is { } payload
            && payload.Deserialize(type, GridJson.Options) is { } notification)
        {
            await _bus.DeliverAsync(notification, ct).ConfigureAwait(false);
        }
    }
}
