using System.Net;
using System.Text.Json;
using ExperienceGrid.LoadGenerator.Driver;
using ExperienceGrid.LoadGenerator.Http;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace ExperienceGrid.LoadGenerator.Hub;

/// <summary>
/// N floor-staff connections, staff i signed in for venue i mod V on silo i mod S. Each receives
/// alertRaised/alertUpdated/alertClosed and hands the trigger event id to the current run's
/// <see cref="PushCorrelator"/>. A dropped connection (e.g. its silo was killed) is counted and
/// replaced, after a backoff, by a new one to another silo. When the silo has no sign-in endpoint
/// or hub (404) the fleet stops and says so in <see cref="Unavailable"/>.
/// </summary>
public sealed class StaffFleet(HttpClient http, TargetPool targets, TimeProvider time) : IAsyncDisposable
{
    private static readonly TimeSpan _firstBackoff = TimeSpan.FromMilliseconds(125);
    // SignalR passes a HubException's message on after this marker; any other server exception reaches the client
    // as a bare "An unexpected error occurred invoking …".
    private const string Refusal = "HubException: ";

    private static readonly TimeSpan _maxBackoff = TimeSpan.FromSeconds(4);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _members = [];
    private volatile RunRecorder? _run;
    private string? _unavailable;
    private int _connected;

    public int Connected => Volatile.Read(ref _connected);

    /// <summary>Why push latency could not be measured (null when the hub works).</summary>
    public string? Unavailable => Volatile.Read(ref _unavailable);

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

    /// <summary>One staff member: connect, stay until the connection drops, back off, move to another silo, repeat.</summary>
    private async Task RunMemberAsync(string venueId, Uri target, TaskCompletionSource ready)
    {
        var backoff = _firstBackoff;
        while (!_stop.IsCancellationRequested && Unavailable is null)
        {
            if (await StayConnectedAsync(venueId, target, ready))
            {
                backoff = _firstBackoff;
            }

            if (_stop.IsCancellationRequested || Unavailable is not null)
            {
                break;
            }

            target = OtherThan(target);
            try
            {
                await Task.Delay(backoff, time, _stop.Token);
            }
            catch (OperationCanceledException)
            {
            }

            backoff = TimeSpan.FromMilliseconds(Math.Min(_maxBackoff.TotalMilliseconds, backoff.TotalMilliseconds * 2));
        }

        ready.TrySetResult();
    }

    /// <returns>Whether the member joined its venue, so that the next failure starts the backoff over.</returns>
    private async Task<bool> StayConnectedAsync(string venueId, Uri target, TaskCompletionSource ready)
    {
        var joined = false;
        try
        {
            var (token, status) = await new AuthClient(http).SignInAsync(target, $"staff.{venueId}", AuthClient.DemoPassword, _stop.Token);
            if (token is null)
            {
                Fail($"hub sign-in http {status}", status == 404 ? $"POST /api/auth/token answered 404 on {target}: the silo has no staff sign-in yet" : null);
                return false;
            }

            // The first push of each trigger only: a claim or an escalation updates the alert with the trigger it had.
            var triggers = new HashSet<string>(StringComparer.Ordinal);
            await using var connection = FloorHubConnections.Create(target, token, alert => OnAlert(alert, triggers));
            var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            connection.Closed += _ =>
            {
                closed.TrySetResult();
                return Task.CompletedTask;
            };
            await connection.StartAsync(_stop.Token);
            await connection.InvokeAsync<JsonElement>("JoinVenue", venueId, null, _stop.Token);
            joined = true;
            Interlocked.Increment(ref _connected);
            ready.TrySetResult();
            try
            {
                await closed.Task.WaitAsync(_stop.Token);
                _run?.Errors.Add("hub disconnected");
            }
            finally
            {
                Interlocked.Decrement(ref _connected);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        catch (HttpRequestException e) when (e.StatusCode is { } code)
        {
            Fail($"hub connect http {(int)code}", code == HttpStatusCode.NotFound ? $"{FloorHubConnections.Path} answered 404 on {target}: the silo has no floor hub yet" : null);
        }
        catch (HubException e) when (!e.Message.Contains(Refusal, StringComparison.Ordinal))
        {
            // The silo failed while serving the call (e.g. a grain on a silo that just died): counted, then retried.
            Fail("hub JoinVenue failed", null);
        }
        catch (HubException e)
        {
            // The hub refused the venue: every retry would be refused too.
            Fail("hub JoinVenue refused", $"JoinVenue failed on {target}: {e.Message}");
        }
        catch (Exception e) when (!_stop.IsCancellationRequested)
        {
            // Refused connections, a silo dying mid-handshake, a call cut by the drop: counted, then retried.
            Fail($"hub {e.GetType().Name}", null);
        }

        return joined;
    }

    /// <summary>The next target in the pool's rotation that is not <paramref name="dropped"/> (itself when it is the only one).</summary>
    private Uri OtherThan(Uri dropped)
    {
        var next = targets.Next();
        for (var i = 1; i < targets.Targets.Count && next == dropped; i++)
        {
            next = targets.Next();
        }

        return next;
    }

    /// <summary>A missing hub is reported as <see cref="Unavailable"/>, not as run errors; anything else is counted.</summary>
    private void Fail(string kind, string? unavailable)
    {
        if (unavailable is not null)
        {
            Interlocked.CompareExchange(ref _unavailable, unavailable, null);
            return;
        }

        _run?.Errors.Add(kind);
    }

    private void OnAlert(JsonElement alert, HashSet<string> triggers)
    {
        var receivedAt = time.GetTimestamp();
        if (_run is not { } run)
        {
            return;
        }

        var trigger = alert.ValueKind == JsonValueKind.Object && alert.TryGetProperty("triggerEventId", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
        if (trigger is null || triggers.Add(trigger))
        {
            run.Push.AlertReceived(trigger, receivedAt);
        }
    }
}
