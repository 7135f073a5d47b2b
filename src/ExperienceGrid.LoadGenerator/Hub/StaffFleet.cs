using System.Net.WebSockets;
using System.Text.Json;
using ExperienceGrid.LoadGenerator.Driver;
using ExperienceGrid.LoadGenerator.Http;

namespace ExperienceGrid.LoadGenerator.Hub;

/// <summary>
/// N floor-staff connections, staff i signed in for venue i mod V on silo i mod S. Each receives
/// alertRaised/alertUpdated/alertClosed and hands the trigger event id to the current run's
/// <see cref="PushCorrelator"/>. A dropped connection (e.g. its silo was killed) is counted and
/// reconnected to another silo. When the silo has no sign-in endpoint or hub (404) the fleet
/// stops and says so in <see cref="Unavailable"/>.
/// </summary>
public sealed class StaffFleet(HttpClient http, TargetPool targets, TimeProvider time) : IAsyncDisposable
{
    private static readonly TimeSpan _maxBackoff = TimeSpan.FromSeconds(4);
    private static readonly string[] _alertEvents = ["alertRaised", "alertUpdated", "alertClosed"];
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _members = [];
    private volatile RunRecorder? _run;
    private int _connected;

    public int Connected => Volatile.Read(ref _connected);

    /// <summary>Why push latency could not be measured (null when the hub works).</summary>
    public string? Unavailable { get; private set; }

    /// <summary>Points the alert receipts and connection errors at <paramref name="run"/>.</summary>
    public void Attach(RunRecorder run) => _run = run;

    /// <summary>Starts the connections and waits until each has joined its venue once (or failed), up to 20 s.</summary>
    public async Task StartAsync(IReadOnlyList<string> venueIds, int count, CancellationToken cancellationToken)
    {
        var joined = new List<Task>();
        for (var i = 0; i < count; i++)
        {
            var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            joined.Add(ready.Task);
            _members.Add(RunMemberAsync(venueIds[i % venueIds.Count], targets.Targets[i % targets.Targets.Count], ready));
        }

        try
        {
            await Task.WhenAll(joined).WaitAsync(TimeSpan.FromSeconds(20), time, cancellationToken);
        }
        catch (TimeoutException)
        {
            _run?.Errors.Add("hub join timed out");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_members);
        _stop.Dispose();
    }

    private async Task RunMemberAsync(string venueId, Uri target, TaskCompletionSource ready)
    {
        var backoff = TimeSpan.FromMilliseconds(125);
        while (!_stop.IsCancellationRequested && Unavailable is null)
        {
            var client = new FloorHubClient(OnInvocation, time);
            try
            {
                var (token, status) = await new StaffAuthClient(http).SignInAsync(target, venueId, _stop.Token);
                if (token is null)
                {
                    Fail($"hub sign-in http {status}", status == 404 ? $"POST /api/auth/token answered 404 on {target}: the silo has no staff sign-in yet" : null);
                }
                else
                {
                    await client.ConnectAsync(target, token, _stop.Token);
                    await client.InvokeAsync("JoinVenue", [venueId, null], _stop.Token);
                    Interlocked.Increment(ref _connected);
                    ready.TrySetResult();
                    backoff = TimeSpan.FromMilliseconds(125);
                    try
                    {
                        await client.Completion.WaitAsync(_stop.Token);
                        _run?.Errors.Add("hub disconnected");
                    }
                    finally
                    {
                        Interlocked.Decrement(ref _connected);
                    }
                }
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested)
            {
            }
            catch (WebSocketException e)
            {
                Fail("hub connect failed", e.Message.Contains("404", StringComparison.Ordinal) ? $"/hubs/floor answered 404 on {target}: the silo has no floor hub yet" : null);
            }
            catch (HubException e)
            {
                Fail("hub JoinVenue failed", $"JoinVenue failed on {target}: {e.Message}");
            }
            catch (Exception e) when (e is HttpRequestException or JsonException or KeyNotFoundException)
            {
                Fail($"hub {e.GetType().Name}", null);
            }
            finally
            {
                await client.DisposeAsync();
            }

            if (!_stop.IsCancellationRequested && Unavailable is null)
            {
                target = targets.Next();
                backoff = TimeSpan.FromMilliseconds(Math.Min(_maxBackoff.TotalMilliseconds, backoff.TotalMilliseconds * 2));
                try
                {
                    await Task.Delay(backoff, time, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                }
            }
        }

        ready.TrySetResult();
    }

    /// <summary>A missing hub is reported as <see cref="Unavailable"/>, not as run errors; anything else is counted.</summary>
    private void Fail(string kind, string? unavailable)
    {
        if (unavailable is not null)
        {
            Unavailable ??= unavailable;
            return;
        }

        _run?.Errors.Add(kind);
    }

    private void OnInvocation(string target, IReadOnlyList<JsonElement> arguments)
    {
        var receivedAt = time.GetTimestamp();
        if (!_alertEvents.Contains(target, StringComparer.OrdinalIgnoreCase) || arguments.Count == 0 || _run is not { } run)
        {
            return;
        }

        var alert = arguments[0];
        var trigger = alert.ValueKind == JsonValueKind.Object && alert.TryGetProperty("triggerEventId", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
        run.Push.AlertReceived(trigger, receivedAt);
    }
}
