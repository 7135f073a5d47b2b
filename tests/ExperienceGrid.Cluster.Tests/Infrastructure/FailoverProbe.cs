using System.Diagnostics;
using System.Net;

namespace ExperienceGrid.Cluster.Tests.Infrastructure;

/// <summary>
/// Measures how long after a crash every one of some grains answers again: each path (a customer or a venue GET)
/// is asked through the survivors every <see cref="Every"/> (sooner than an unanswered request times out, so a
/// hung request delays nothing) until one answers 200. The time of a path is when its first 200 arrived, so it
/// overshoots by up to <see cref="Every"/>; asking more often would add failing requests to the survivors' load.
/// </summary>
public sealed class FailoverProbe(ClusterClient client, int[] survivors)
{
    public static readonly TimeSpan Every = TimeSpan.FromMilliseconds(200);

    private static readonly TimeSpan _requestTimeout = TimeSpan.FromSeconds(3);

    /// <summary>When each path first answered 200, from <paramref name="since"/>; throws if some did not within <paramref name="timeout"/>.</summary>
    public async Task<IReadOnlyDictionary<string, TimeSpan>> MeasureAsync(IReadOnlyList<string> paths, Stopwatch since, TimeSpan timeout)
    {
        var answered = await Task.WhenAll(paths.Select(async (path, i) => (path, await FirstOkAsync(path, i, since, timeout))));
        var missing = answered.Where(a => a.Item2 is null).Select(a => a.path).ToList();
        if (missing.Count > 0)
        {
            throw new TimeoutException($"{missing.Count} of {paths.Count} grains did not answer within {timeout}: {string.Join(", ", missing.Take(10))}");
        }

        return answered.ToDictionary(a => a.path, a => a.Item2!.Value);
    }

    private async Task<TimeSpan?> FirstOkAsync(string path, int offset, Stopwatch since, TimeSpan timeout)
    {
        var first = new TaskCompletionSource<TimeSpan>(TaskCreationOptions.RunContinuationsAsynchronously);
        var requests = new List<Task>();
        for (var attempt = offset; !first.Task.IsCompleted && since.Elapsed < timeout; attempt++)
        {
            var silo = survivors[attempt % survivors.Length];
            requests.Add(AskAsync(silo, path, since, first));
            await Task.WhenAny(first.Task, Task.Delay(Every));
        }

        await Task.WhenAll(requests);
        return first.Task.IsCompleted ? first.Task.Result : null;
    }

    private async Task AskAsync(int silo, string path, Stopwatch since, TaskCompletionSource<TimeSpan> first)
    {
        if (await client.StatusOfAsync(silo, path, _requestTimeout) == HttpStatusCode.OK)
        {
            first.TrySetResult(since.Elapsed);
        }
    }
}
