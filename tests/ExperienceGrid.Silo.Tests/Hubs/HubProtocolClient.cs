using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;

namespace ExperienceGrid.Silo.Tests.Hubs;

/// <summary>
/// A minimal SignalR client speaking the JSON hub protocol over a real WebSocket of the test server (the .NET
/// SignalR client does not restore here): handshake, invocations (1), completions (3), pings (6), close (7).
/// </summary>
public sealed class HubProtocolClient : IAsyncDisposable
{
    private const byte RecordSeparator = 0x1e;
    private readonly WebSocket _socket;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly List<(string Target, JsonElement Argument)> _events = [];
    private readonly List<byte> _buffer = [];
    private readonly CancellationTokenSource _stop = new();
    private Task _receiving = Task.CompletedTask;
    private int _nextId;

    private HubProtocolClient(WebSocket socket) => _socket = socket;

    /// <summary>Connects to <paramref name="path"/> (e.g. "/hubs/floor") with the token as access_token; throws when refused.</summary>
    public static async Task<HubProtocolClient> ConnectAsync(TestServer server, string path, string? token)
    {
        var query = token is null ? "" : $"?access_token={Uri.EscapeDataString(token)}";
        var socket = await server.CreateWebSocketClient().ConnectAsync(new Uri($"ws://localhost{path}{query}"), CancellationToken.None);
        var client = new HubProtocolClient(socket);
        await client.SendAsync("""{"protocol":"json","version":1}""");
        var handshake = await client.ReadRecordAsync() ?? throw new InvalidOperationException("The hub closed during the handshake.");
        if (handshake.TryGetProperty("error", out var error))
        {
            throw new InvalidOperationException($"Handshake refused: {error}");
        }

        client._receiving = Task.Run(client.ReceiveLoopAsync);
        return client;
    }

    /// <summary>Invokes a hub method and returns its result; a hub error is thrown as <see cref="HubInvocationException"/>.</summary>
    public async Task<JsonElement> InvokeAsync(string target, params object?[] arguments)
    {
        var id = Interlocked.Increment(ref _nextId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var completion = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = completion;
        await SendAsync(JsonSerializer.Serialize(new { type = 1, invocationId = id, target, arguments }));
        return await completion.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>Every argument received so far for the client method <paramref name="target"/>.</summary>
    public IReadOnlyList<JsonElement> Received(string target)
    {
        lock (_events)
        {
            return [.. _events.Where(e => e.Target == target).Select(e => e.Argument)];
        }
    }

    /// <summary>Awaits (with a deadline) the first <paramref name="target"/> event whose argument matches.</summary>
    public async Task<JsonElement> WaitForAsync(string target, Func<JsonElement, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            foreach (var argument in Received(target))
            {
                if (match(argument))
                {
                    return argument;
                }
            }

            if (DateTime.UtcNow > deadline || _receiving.IsCompleted)
            {
                throw new TimeoutException($"No matching '{target}' arrived; received: {string.Join(", ", Received(target))}");
            }

            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_socket.State == WebSocketState.Open)
        {
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }

        await _receiving.ContinueWith(_ => { }, TaskScheduler.Default);
        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task SendAsync(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json + (char)RecordSeparator);
        await _sendLock.WaitAsync();
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task ReceiveLoopAsync()
    {
        while (await ReadRecordAsync() is { } message)
        {
            switch (message.GetProperty("type").GetInt32())
            {
                case 1:
                    lock (_events)
                    {
                        _events.Add((message.GetProperty("target").GetString()!, message.GetProperty("arguments")[0]));
                    }

                    break;
                case 3 when _pending.TryRemove(message.GetProperty("invocationId").GetString()!, out var completion):
                    if (message.TryGetProperty("error", out var error))
                    {
                        completion.SetException(new HubInvocationException(error.GetString()!));
                    }
                    else
                    {
                        completion.SetResult(message.TryGetProperty("result", out var result) ? result.Clone() : default);
                    }

                    break;
                case 7:
                    return;
            }
        }
    }

    /// <summary>The next record, parsed; null when the socket closed.</summary>
    private async Task<JsonElement?> ReadRecordAsync()
    {
        var chunk = new byte[8192];
        while (true)
        {
            var end = _buffer.IndexOf(RecordSeparator);
            if (end >= 0)
            {
                var record = _buffer.GetRange(0, end).ToArray();
                _buffer.RemoveRange(0, end + 1);
                return JsonDocument.Parse(record).RootElement.Clone();
            }

            var received = await _socket.ReceiveAsync(chunk, _stop.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            _buffer.AddRange(chunk.AsSpan(0, received.Count).ToArray());
        }
    }
}
