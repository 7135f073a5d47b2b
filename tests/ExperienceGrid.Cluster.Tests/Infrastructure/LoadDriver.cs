using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace ExperienceGrid.Cluster.Tests.Infrastructure;

/// <summary>
/// Steady ingestion across the silos it is given, each customer at one venue. A batch is sent again (same event
/// ids, next silo) until it is answered 202, even while stopping: an unanswered batch may have been stored in part,
/// so only a 202 settles what it did. Accepted events are counted per customer and (moments only) per venue: what
/// the grid must hold exactly once. Every answer is logged with its time.
/// </summary>
public sealed class LoadDriver(ClusterClient client, string prefix, IReadOnlyList<string> venues, int customers)
{
    /// <summary>Every 7th touchpoint is a marker: its customer counts it, but it is no moment, so no venue counts it.</summary>
    private const int MarkerEvery = 7;

    private static readonly TimeSpan _retryDelay = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan _giveUpAfter = TimeSpan.FromMinutes(2);

    private readonly ConcurrentDictionary<string, int> _expected = new();
    private readonly ConcurrentDictionary<string, int> _expectedMoments = new();
    private readonly ConcurrentQueue<Answer> _answers = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _workers = [];
    private volatile int[] _silos = [1];
    private int _generation;
    private int _accepted;

    /// <summary>Events per second over all workers (the pace; a slow grid makes it lower, never bursty).</summary>
    public int EventsPerSecond { get; init; } = 200;

    public int BatchSize { get; init; } = 25;

    /// <summary>Concurrent senders; several, so some batch is always in flight while others wait on a slow answer.</summary>
    public int Workers { get; init; } = 4;

    /// <summary>Events answered 202 per customer.</summary>
    public IReadOnlyDictionary<string, int> Expected => _expected;

    /// <summary>Moments answered 202 per venue.</summary>
    public IReadOnlyDictionary<string, int> ExpectedMoments => _expectedMoments;

    public int Accepted => Volatile.Read(ref _accepted);

    public IReadOnlyList<Answer> Answers => [.. _answers];

    public void SetSilos(params int[] silos) => _silos = silos;

    /// <summary>From now on batches go to customers never seen before (new activations), at the same venues.</summary>
    public void UseNewCustomers() => Interlocked.Increment(ref _generation);

    public void Start()
    {
        for (var w = 0; w < Workers; w++)
        {
            var worker = w;
            _workers.Add(Task.Run(() => RunAsync(worker)));
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> more events were accepted.</summary>
    public Task WaitForAcceptedAsync(int count, TimeSpan timeout)
    {
        var target = Accepted + count;
        return Eventually.True(() => Accepted >= target, $"{count} more accepted events (accepted {Accepted}; last answers: {LastAnswers()})", timeout);
    }

    /// <summary>Stops making batches, lets every batch in flight be accepted, and rethrows a worker's failure.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_workers);
    }

    public string LastAnswers(int count = 5) => string.Join("; ", _answers.TakeLast(count));

    /// <summary>The answers counted by kind, e.g. "412 answers: 398 × 202, 14 × no answer (HttpRequestException)".</summary>
    public string Summary()
    {
        var answers = Answers;
        return $"{Accepted} events accepted for {_expected.Count} customers; {answers.Count} answers: {Answer.Tally(answers)}";
    }

    /// <summary>
    /// Sends one marker touchpoint for a customer of its own through <paramref name="silo"/>, again every
    /// <paramref name="every"/> (same event id, without waiting for earlier attempts), until one attempt is answered
    /// 202; counts it like the load's events and returns when that 202 came.
    /// </summary>
    public async Task<DateTime> ProbeUntilAcceptedAsync(int silo, TimeSpan every, TimeSpan timeout)
    {
        var customer = $"{prefix}-probe-s{silo}-{Guid.NewGuid().ToString("N")[..8]}";
        var batch = new JsonArray(Touchpoint($"{customer}-e1", customer, venues[0], marker: true)).ToJsonString();
        var accepted = new TaskCompletionSource<DateTime>(TaskCreationOptions.RunContinuationsAsynchronously);
        var attempts = new List<Task>();
        var deadline = DateTime.UtcNow + timeout;
        while (!accepted.Task.IsCompleted && DateTime.UtcNow < deadline)
        {
            attempts.Add(Attempt());
            await Task.WhenAny(accepted.Task, Task.Delay(every));
        }

        await Task.WhenAll(attempts);
        if (!accepted.Task.IsCompleted)
        {
            throw new TimeoutException($"silo {silo} did not accept a batch within {timeout}; last answers: {LastAnswers()}");
        }

        _expected.AddOrUpdate(customer, 1, (_, n) => n + 1);
        Interlocked.Increment(ref _accepted);
        return accepted.Task.Result;

        async Task Attempt()
        {
            if (await TrySendAsync(silo, batch))
            {
                accepted.TrySetResult(DateTime.UtcNow);
            }
        }
    }

    private async Task RunAsync(int worker)
    {
        var random = new Random(worker);
        var interval = TimeSpan.FromSeconds((double)BatchSize * Workers / EventsPerSecond);
        var next = DateTime.UtcNow;
        var turn = worker;
        for (var sequence = 0; !_stop.IsCancellationRequested; sequence++)
        {
            var generation = Volatile.Read(ref _generation);
            var batch = new JsonArray();
            var events = new List<(string Customer, string? Venue)>();
            for (var i = 0; i < BatchSize; i++)
            {
                var index = random.Next(customers);
                var customer = $"{prefix}-g{generation}-c{index}";
                var venue = venues[index % venues.Count];
                var marker = (sequence * BatchSize + i) % MarkerEvery == 0;
                batch.Add(Touchpoint($"{prefix}-w{worker}-{sequence}-{i}", customer, venue, marker));
                events.Add((customer, marker ? null : venue));
            }

            var json = batch.ToJsonString();
            var sentAt = DateTime.UtcNow;
            while (!await TrySendAsync(_silos[turn++ % _silos.Length], json))
            {
                if (DateTime.UtcNow - sentAt > _giveUpAfter)
                {
                    throw new TimeoutException($"Batch {sequence} of worker {worker} was not accepted in {_giveUpAfter}; last answers: {LastAnswers()}");
                }

                await Task.Delay(_retryDelay);
            }

            foreach (var (customer, venue) in events)
            {
                _expected.AddOrUpdate(customer, 1, (_, n) => n + 1);
                if (venue is not null)
                {
                    _expectedMoments.AddOrUpdate(venue, 1, (_, n) => n + 1);
                }
            }

            Interlocked.Add(ref _accepted, events.Count);

            // Paced, not bursty: after an outage the load resumes at its rate instead of catching up at once.
            next = DateTime.UtcNow > next + interval ? DateTime.UtcNow : next + interval;
            if (next > DateTime.UtcNow && !_stop.IsCancellationRequested)
            {
                await Task.Delay(next - DateTime.UtcNow);
            }
        }
    }

    private static JsonObject Touchpoint(string eventId, string customerId, string venueId, bool marker)
    {
        var touchpoint = new JsonObject
        {
            ["eventId"] = eventId,
            ["customerId"] = customerId,
            ["venueId"] = venueId,
            ["touchpoint"] = marker ? "zone.changed" : "greeting",
            ["at"] = DateTimeOffset.UtcNow.ToString("O"),
        };
        if (!marker)
        {
            touchpoint["outcome"] = "mediocrity";
        }

        return touchpoint;
    }

    private async Task<bool> TrySendAsync(int silo, string batch)
    {
        Answer answer;
        var sent = DateTime.UtcNow;
        try
        {
            using var response = await client.IngestAsync(silo, batch);
            answer = new Answer(sent, DateTime.UtcNow, silo, response.StatusCode, response.Headers.RetryAfter is not null, null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            answer = new Answer(sent, DateTime.UtcNow, silo, null, false, e.GetType().Name);
        }

        _answers.Enqueue(answer);
        return answer.Accepted;
    }
}
