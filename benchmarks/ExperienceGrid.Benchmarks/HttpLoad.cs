using System.Diagnostics;
using System.Net;
using System.Text.Json;

namespace ExperienceGrid.Benchmarks;

/// <summary>
/// Closed-loop senders: each POSTs the next batch as soon as its last one was answered, until the duration is over.
/// Latency is send → 202 (the batch is durable); any other answer counts as a failure and is reported.
/// </summary>
public static class HttpLoad
{
    /// <param name="phase">Names the progress lines; null prints none.</param>
    public static async Task<LoadResult> RunAsync(HttpClient client, Workload workload, int senders, TimeSpan duration, string? phase)
    {
        long accepted = 0, duplicates = 0;
        int batches = 0, failures = 0, ranOut = 0;
        string? firstFailure = null;
        var clock = Stopwatch.StartNew();
        var histograms = new LatencyHistogram[senders];

        async Task SendAsync(int sender)
        {
            var latency = histograms[sender] = new LatencyHistogram();
            while (clock.Elapsed < duration)
            {
                if (!workload.TryTake(out var body))
                {
                    Interlocked.Exchange(ref ranOut, 1);
                    return;
                }

                var started = Stopwatch.GetTimestamp();
                string? failure;
                try
                {
                    using (body)
                    using (var response = await client.PostAsync("/api/touchpoints", body))
                    {
                        var answer = await response.Content.ReadAsStringAsync();
                        if (response.StatusCode == HttpStatusCode.Accepted)
                        {
                            latency.Record(started);
                            using var json = JsonDocument.Parse(answer);
                            Interlocked.Add(ref accepted, json.RootElement.GetProperty("accepted").GetInt64());
                            Interlocked.Add(ref duplicates, json.RootElement.GetProperty("duplicates").GetInt64());
                            Interlocked.Increment(ref batches);
                            continue;
                        }

                        failure = $"{(int)response.StatusCode}: {answer}";
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    failure = e.Message;
                }

                Interlocked.Increment(ref failures);
                Interlocked.CompareExchange(ref firstFailure, failure, null);
            }
        }

        using var progress = phase is null ? null : new Progress(phase, () => $"{Interlocked.Read(ref accepted):N0} events accepted, {Volatile.Read(ref failures)} batches failed");
        await Task.WhenAll(Enumerable.Range(0, senders).Select(SendAsync));
        var elapsed = clock.Elapsed;
        return new LoadResult(accepted, duplicates, batches, failures, firstFailure, elapsed, LatencyHistogram.Merge(histograms), ranOut == 1);
    }
}
