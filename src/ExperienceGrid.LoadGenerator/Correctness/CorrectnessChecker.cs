using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using ExperienceGrid.LoadGenerator.Http;

namespace ExperienceGrid.LoadGenerator.Correctness;

/// <summary>
/// Reads every customer's <c>touchpointCount</c> (GET /api/customers/{id}; 404 = 0) until each
/// reaches what was accepted or the deadline passes, then counts lost and duplicated events.
/// Only customers not yet caught up are read again. Reads are signed in as <paramref name="reader"/>, a user who sees
/// every venue (the run's guests are all in open or recent visits).
/// </summary>
public sealed class CorrectnessChecker(HttpClient http, TargetPool targets, TimeProvider time, string reader, string readerPassword)
{
    private static readonly TimeSpan _pollEvery = TimeSpan.FromMilliseconds(250);
    private string? _token;

    public async Task<CorrectnessResult> CheckAsync(
        IReadOnlyList<ExpectedCount> expected,
        TimeSpan deadline,
        IProgress<(int CaughtUp, int Total)>? progress,
        CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var applied = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        var pending = expected.ToList();
        while (true)
        {
            _token ??= await SignInAsync(cancellationToken);
            await Parallel.ForEachAsync(
                pending,
                new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
                async (e, ct) =>
                {
                    if (await ReadCountAsync(e.CustomerId, ct) is { } count)
                    {
                        applied[e.CustomerId] = count;
                    }
                });
            pending = pending.Where(e => applied.GetValueOrDefault(e.CustomerId, -1) < e.AtLeast).ToList();
            progress?.Report((expected.Count - pending.Count, expected.Count));
            if (pending.Count == 0 || time.GetElapsedTime(started) >= deadline)
            {
                break;
            }

            await Task.Delay(_pollEvery, time, cancellationToken);
        }

        var mismatches = expected
            .Select(e => new CustomerMismatch(e.CustomerId, e.AtLeast, e.AtMost, applied.GetValueOrDefault(e.CustomerId)))
            .Where(m => m.Applied < m.AtLeast || m.Applied > m.AtMost)
            .ToList();
        return new CorrectnessResult(
            expected.Count,
            expected.Sum(e => e.AtLeast),
            expected.Sum(e => e.AtMost),
            expected.Sum(e => applied.GetValueOrDefault(e.CustomerId)),
            mismatches.Sum(m => Math.Max(0, m.AtLeast - m.Applied)),
            mismatches.Sum(m => Math.Max(0, m.Applied - m.AtMost)),
            pending.Count == 0,
            time.GetElapsedTime(started).TotalSeconds,
            [.. mismatches.Take(20)]);
    }

    /// <summary>The applied count, 0 for an unknown customer, null when no silo answered.</summary>
    private async Task<long?> ReadCountAsync(string customerId, CancellationToken cancellationToken)
    {
        for (var i = 0; i < targets.Targets.Count; i++)
        {
            var target = targets.Next();
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(target, $"/api/customers/{Uri.EscapeDataString(customerId)}"));
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token);
                using var response = await http.SendAsync(request, cancellationToken);
                if (response.StatusCode == HttpStatusCode.Unauthorized)
                {
                    _token = null; // e.g. signed by a silo of an earlier cluster: sign in again before the next round
                    return null;
                }

                if (response.StatusCode == HttpStatusCode.NotFound)
                {
                    return 0;
                }

                if (response.IsSuccessStatusCode)
                {
                    await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
                    using var view = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
                    return view.RootElement.GetProperty("touchpointCount").GetInt64();
                }
            }
            catch (HttpRequestException)
            {
                targets.MarkDown(target);
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }
        }

        return null;
    }

    /// <summary>A token from the first silo that answers, or null when none does (the next round tries again).</summary>
    private async Task<string?> SignInAsync(CancellationToken cancellationToken)
    {
        for (var i = 0; i < targets.Targets.Count; i++)
        {
            var target = targets.Next();
            try
            {
                var (token, status) = await new AuthClient(http).SignInAsync(target, reader, readerPassword, cancellationToken);
                return token ?? throw new InvalidOperationException(
                    $"The count check could not sign in as '{reader}': POST /api/auth/token answered {status} on {target}; give --reader and --reader-password of a user who sees every venue.");
            }
            catch (HttpRequestException)
            {
                targets.MarkDown(target);
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }
        }

        return null;
    }
}
