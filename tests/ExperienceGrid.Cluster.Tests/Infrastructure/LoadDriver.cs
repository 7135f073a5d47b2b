using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;

namespace ExperienceGrid.Cluster.Tests.Infrastructure;

/// <summary>
/// Steady ingestion across the live silos. A batch is retried (same event ids, next silo) until it is answered
/// 202, so every event it ever sent is either accepted exactly once or reported; only 202 batches count in
/// <see cref="Expected"/>. Counts 503 answers that carried Retry-After.
/// </summary>
public sealed class LoadDriver(ClusterClient client, string prefix, int customers, int batchSize = 40)
{
    private readonly ConcurrentDictionary<string, int> _expected = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _workers = [];
    private volatile int[] _silos = [1];
    private int _accepted;
    private int _unavailable;
    private int _failures;

    public IReadOnlyDictionary<string, int> Expected => _expected;

    public int Accepted => Volatile.Read(ref _accepted);

    /// <summary>503 answers with a Retry-After header.</summary>
    public int Unavailable => Volatile.Read(ref _unavailable);

    /// <summary>Other failures (connection refused while a silo is down, timeouts).</summary>
    public int Failures => Volatile.Read(ref _failures);

    public string Customer(int i) => $"{prefix}-c{i}";

    public void SetSilos(params int[] silos) => _silos = silos;

    public void Start(int workers = 2)
    {
        for (var w = 0; w < workers; w++)
        {
            var worker = w;
            _workers.Add(Task.Run(() => RunAsync(worker)));
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> more events were accepted.</summary>
    public Task WaitForAcceptedAsync(int count, TimeSpan timeout)
    {
        var target = Accepted + count;
        return Eventually.Until(() => Task.FromResult(Accepted), a => a >= target, timeout, $"{count} more accepted events");
    }

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_workers);
    }

    private async Task RunAsync(int worker)
    {
        var random = new Random(worker);
        var next = worker;
        for (var sequence = 0; !_stop.IsCancellationRequested; sequence++)
        {
            var batch = new JsonArray();
            var picked = new List<string>();
            for (var i = 0; i < batchSize; i++)
            {
                var customer = Customer(random.Next(customers));
                picked.Add(customer);
                batch.Add(ClusterClient.Touchpoint($"{prefix}-w{worker}-{sequence}-{i}", customer));
            }

            // An unanswered batch may have been journaled: it MUST be retried until answered, even while stopping.
            var deadline = DateTime.UtcNow.AddSeconds(90);
            while (true)
            {
                var silos = _silos;
                var silo = silos[next++ % silos.Length];
                if (await TrySendAsync(silo, batch))
                {
                    break;
                }

                if (DateTime.UtcNow > deadline)
                {
                    throw new TimeoutException($"Batch {sequence} of worker {worker} was never accepted.");
                }

                await Task.Delay(100);
            }

            foreach (var customer in picked)
            {
                _expected.AddOrUpdate(customer, 1, (_, n) => n + 1);
            }

            Interlocked.Add(ref _accepted, picked.Count);
            await Task.Delay(15);
        }
    }

    private async Task<bool> TrySendAsync(int silo, JsonArray batch)
    {
        try
        {
            using var response = await client.IngestAsync(silo, batch);
            if (response.StatusCode == HttpStatusCode.Accepted)
            {
                return true;
            }

            if (response.StatusCode == HttpStatusCode.ServiceUnavailable && response.Headers.RetryAfter is not null)
            {
                Interlocked.Increment(ref _unavailable);
            }
            else
            {
                Interlocked.Increment(ref _failures);
            }
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Interlocked.Increment(ref _failures);
        }

        return false;
    }
}
