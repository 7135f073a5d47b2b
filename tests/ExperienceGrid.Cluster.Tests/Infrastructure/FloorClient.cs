using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExperienceGrid.Cluster.Tests.Infrastructure;

/// <summary>
/// A floor device: the official .NET SignalR client on a WebSocket to one silo's floor hub, recording every alert
/// push (alertRaised, alertUpdated, alertClosed) with the time it arrived.
/// </summary>
public sealed class FloorClient : IAsyncDisposable
{
    private static readonly string[] _alertEvents = ["alertRaised", "alertUpdated", "alertClosed"];
    private readonly HubConnection _connection;
    private readonly List<Push> _received = [];
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private FloorClient(HubConnection connection)
    {
        _connection = connection;
        _connection.Closed += _ =>
        {
            _closed.TrySetResult();
            return Task.CompletedTask;
        };
        foreach (var name in _alertEvents)
        {
            _connection.On<JsonElement>(name, alert =>
            {
                lock (_received)
                {
                    _received.Add(new Push(name, alert.Clone(), Stopwatch.GetTimestamp()));
                }
            });
        }
    }

    /// <summary>Every alert push so far, oldest first.</summary>
    public IReadOnlyList<Push> Received
    {
        get
        {
            lock (_received)
            {
                return [.. _received];
            }
        }
    }

    /// <summary>Connects to <c>/hubs/floor</c> of <paramref name="siloUrl"/> over WebSockets only, with the bearer token.</summary>
    public static async Task<FloorClient> ConnectAsync(string siloUrl, string token)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl($"{siloUrl}/hubs/floor", options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                options.SkipNegotiation = true;
                options.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .Build();
        var client = new FloorClient(connection);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await connection.StartAsync(timeout.Token);
        return client;
    }

    /// <summary>Joins the whole venue (every zone); returns the number of open alerts the venue grain answered with.</summary>
    public async Task<int> JoinVenueAsync(string venueId)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var open = await _connection.InvokeAsync<JsonElement>("JoinVenue", venueId, null, timeout.Token);
        return open.GetArrayLength();
    }

    /// <summary>Awaits, with a deadline, the first push of <paramref name="name"/> that matches.</summary>
    public async Task<Push> WaitForAsync(string name, Func<JsonElement, bool> match, TimeSpan timeout)
    {
        var push = await Eventually.Until(
            () => Task.FromResult(Received.FirstOrDefault(p => p.Event == name && match(p.Alert))),
            push => push is not null,
            timeout,
            $"a matching {name} (received: {string.Join(", ", Received)})");
        return push!;
    }

    /// <summary>Awaits, with a deadline, the end of the connection (the server went away; no automatic reconnect).</summary>
    public Task WaitForClosedAsync(TimeSpan timeout) => _closed.Task.WaitAsync(timeout);

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    /// <summary>A push: its event name, the alert, and <see cref="Stopwatch.GetTimestamp"/> when it arrived.</summary>
    public sealed record Push(string Event, JsonElement Alert, long ReceivedAt)
    {
        public string VenueId => Alert.GetProperty("venueId").GetString()!;

        public string CustomerId => Alert.GetProperty("customerId").GetString()!;

        public override string ToString() => $"{Event} {VenueId}/{CustomerId}";
    }
}
