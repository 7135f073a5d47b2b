using System.Reflection;
using System.Text.Json;
using ExperienceGrid.Silo.Hubs;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExperienceGrid.Silo.Tests.Hubs;

/// <summary>
/// The .NET SignalR client on a real WebSocket, recording every push of the floor and dashboard hubs by event
/// name (each has one argument, kept as JSON) so tests can await one with a deadline or look at all of them.
/// </summary>
public sealed class HubTestClient : IAsyncDisposable
{
    private static readonly TimeSpan _invokeTimeout = TimeSpan.FromSeconds(30);

    // The events the hubs push, as their client interfaces name them.
    private static readonly string[] _events =
        [.. new[] { typeof(IFloorClient), typeof(IDashboardClient) }
            .SelectMany(t => t.GetMethods())
            .Select(m => m.GetCustomAttribute<HubMethodNameAttribute>()?.Name ?? m.Name)];

    private readonly HubConnection _connection;
    private readonly List<(string Event, JsonElement Argument)> _received = [];
    private TaskCompletionSource _changed = NewSignal();
    private Exception? _closedBy;
    private bool _closed;

    private HubTestClient(HubConnection connection)
    {
        _connection = connection;
        foreach (var name in _events)
        {
            _connection.On<JsonElement>(name, argument => Record(name, argument.Clone()));
        }

        _connection.Closed += error =>
        {
            lock (_received)
            {
                _closed = true;
                _closedBy = error;
                _changed.TrySetResult();
            }

            return Task.CompletedTask;
        };
    }

    /// <summary>Connects to the hub at <paramref name="hub"/> with the bearer token; throws when refused.</summary>
    public static async Task<HubTestClient> ConnectAsync(Uri hub, string? token)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(hub, options =>
            {
                options.Transports = HttpTransportType.WebSockets;
                if (token is not null)
                {
                    options.AccessTokenProvider = () => Task.FromResult<string?>(token);
                }
            })
            .Build();
        var client = new HubTestClient(connection);
        try
        {
            using var timeout = new CancellationTokenSource(_invokeTimeout);
            await connection.StartAsync(timeout.Token);
            return client;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Invokes a hub method and returns its result (undefined for none); a refusal throws <see cref="HubException"/>.</summary>
    public async Task<JsonElement> InvokeAsync(string method, params object?[] arguments)
    {
        using var timeout = new CancellationTokenSource(_invokeTimeout);
        return await _connection.InvokeCoreAsync<JsonElement?>(method, arguments, timeout.Token) ?? default;
    }

    /// <summary>Every argument received so far with the event <paramref name="name"/>, oldest first.</summary>
    public IReadOnlyList<JsonElement> Received(string name)
    {
        lock (_received)
        {
            return [.. _received.Where(e => e.Event == name).Select(e => e.Argument)];
        }
    }

    /// <summary>Awaits, with a deadline, the first <paramref name="name"/> event whose argument matches.</summary>
    public async Task<JsonElement> WaitForAsync(string name, Func<JsonElement, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            Task changed;
            lock (_received)
            {
                foreach (var (_, argument) in _received.Where(e => e.Event == name))
                {
                    if (match(argument))
                    {
                        return argument;
                    }
                }

                if (_closed)
                {
                    throw new InvalidOperationException($"The connection closed before a matching '{name}' arrived.", _closedBy);
                }

                changed = _changed.Task;
            }

            var left = deadline - DateTime.UtcNow;
            try
            {
                await changed.WaitAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero);
            }
            catch (TimeoutException)
            {
                throw new TimeoutException($"No matching '{name}' arrived; received: {string.Join(", ", Received(name))}");
            }
        }
    }

    public ValueTask DisposeAsync() => _connection.DisposeAsync();

    private void Record(string name, JsonElement argument)
    {
        lock (_received)
        {
            _received.Add((name, argument));
            _changed.TrySetResult();
            _changed = NewSignal();
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
