using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;

namespace ExperienceGrid.LoadGenerator.Hub;

/// <summary>
/// A floor-staff connection to <c>/hubs/floor</c> speaking the SignalR JSON protocol over a raw
/// WebSocket (no negotiate step: the direct WebSocket URL, as the JS client's skipNegotiation).
/// One send at a time; a ping every 15 s keeps the server's client timeout from closing it.
/// </summary>
public sealed class FloorHubClient : IAsyncDisposable
{
    private static readonly TimeSpan _pingEvery = TimeSpan.FromSeconds(15);
    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement?>> _calls = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Action<string, IReadOnlyList<JsonElement>> _onInvocation;
    private readonly TimeProvider _time;
    private int _nextId;
    private Task _loops = Task.CompletedTask;

    /// <param name="onInvocation">Called on the receive loop for each server-to-client call (target, arguments).</param>
    public FloorHubClient(Action<string, IReadOnlyList<JsonElement>> onInvocation, TimeProvider time)
    {
        _onInvocation = onInvocation;
        _time = time;
    }

    /// <summary>Why the connection ended (null while open).</summary>
    public string? ClosedReason { get; private set; }

    /// <summary>Completes when the connection ends, for any reason.</summary>
    public Task Completion => _loops;

    public static Uri HubUri(Uri silo, string token)
    {
        var scheme = silo.Scheme == Uri.UriSchemeHttps ? "wss" : "ws";
        return new UriBuilder(silo) { Scheme = scheme, Path = "/hubs/floor", Query = $"access_token={Uri.EscapeDataString(token)}" }.Uri;
    }

    public async Task ConnectAsync(Uri silo, string token, CancellationToken cancellationToken)
    {
        await _socket.ConnectAsync(HubUri(silo, token), cancellationToken);
        await SendAsync(HubProtocol.Handshake(), cancellationToken);
        var reader = new HubFrameReader();
        var buffer = new byte[4096];
        var records = new List<string>();
        while (records.Count == 0)
        {
            var received = await _socket.ReceiveAsync(buffer, cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                throw new WebSocketException("The hub closed the connection during the handshake.");
            }

            records.AddRange(reader.Append(buffer.AsSpan(0, received.Count)));
        }

        if (HubProtocol.HandshakeError(records[0]) is { } error)
        {
            throw new WebSocketException($"The hub refused the handshake: {error}");
        }

        _loops = Task.WhenAll(ReceiveLoopAsync(reader, records.Skip(1).ToList()), PingLoopAsync());
    }

    /// <summary>Invokes a hub method and awaits its completion; throws <see cref="HubException"/> on an error result.</summary>
    public async Task<JsonElement?> InvokeAsync(string method, object?[] arguments, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var call = new TaskCompletionSource<JsonElement?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _calls[id] = call;
        await SendAsync(HubProtocol.Invocation(id, method, arguments), cancellationToken);
        return await call.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_socket.State == WebSocketState.Open)
        {
            try
            {
                using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "done", timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException)
            {
            }
        }

        try
        {
            await _loops.WaitAsync(TimeSpan.FromSeconds(2));
        }
        catch (Exception e) when (e is TimeoutException or WebSocketException or OperationCanceledException)
        {
        }

        _socket.Dispose();
        _stop.Dispose();
        _sendLock.Dispose();
    }

    private async Task ReceiveLoopAsync(HubFrameReader reader, List<string> first)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            Handle(first);
            while (!_stop.IsCancellationRequested)
            {
                var received = await _socket.ReceiveAsync(buffer, _stop.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    ClosedReason ??= $"closed by the server ({_socket.CloseStatus})";
                    break;
                }

                Handle(reader.Append(buffer.AsSpan(0, received.Count)));
            }
        }
        catch (OperationCanceledException)
        {
            ClosedReason ??= "stopped";
        }
        catch (WebSocketException e)
        {
            ClosedReason ??= $"connection lost ({e.WebSocketErrorCode})";
        }
        finally
        {
            foreach (var call in _calls.Values)
            {
                call.TrySetException(new HubException(ClosedReason ?? "connection ended"));
            }

            await _stop.CancelAsync();
        }
    }

    private void Handle(IReadOnlyList<string> records)
    {
        foreach (var record in records)
        {
            var message = HubProtocol.Parse(record);
            switch (message.Type)
            {
                case HubProtocol.InvocationType when message.Target is not null:
                    _onInvocation(message.Target, message.Arguments);
                    break;
                case HubProtocol.CompletionType when message.InvocationId is not null && _calls.TryRemove(message.InvocationId, out var call):
                    if (message.Error is { } error)
                    {
                        call.TrySetException(new HubException(error));
                    }
                    else
                    {
                        call.TrySetResult(message.Result);
                    }

                    break;
                case HubProtocol.CloseType:
                    ClosedReason ??= $"closed by the hub: {message.Error ?? "no reason"}";
                    _stop.Cancel();
                    break;
            }
        }
    }

    private async Task PingLoopAsync()
    {
        using var timer = new PeriodicTimer(_pingEvery, _time);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                await SendAsync(HubProtocol.Ping(), _stop.Token);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
        }
    }

    private async Task SendAsync(byte[] frame, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }
}
