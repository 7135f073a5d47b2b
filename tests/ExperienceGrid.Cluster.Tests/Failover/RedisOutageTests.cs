using System.Diagnostics;
using System.Globalization;
using System.Net;
using ExperienceGrid.Cluster.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ExperienceGrid.Cluster.Tests.Failover;

public sealed class RedisOutageTests(ITestOutputHelper output) : ClusterTest(output, "redis", 3)
{
    private static readonly TimeSpan _outage = TimeSpan.FromSeconds(10);
    private static readonly int[] _silos = [1, 2, 3];

    [Fact]
    public async Task While_Redis_is_down_ingestion_answers_503_with_Retry_After_and_the_grid_recovers_by_itself_losing_nothing()
    {
        var load = new LoadDriver(Client, "redis", Venues, customers: 240);
        load.SetSilos(_silos);
        load.Start();
        await load.WaitForAcceptedAsync(1500, TimeSpan.FromSeconds(60));

        var stoppedAt = DateTime.UtcNow;
        await Cluster.RedisStopAsync();
        using var polling = new CancellationTokenSource();
        var health = PollHealthAsync(polling.Token);

        // The outage lasts its length whatever happens: the scenario, not a synchronisation.
        await Task.Delay(TimeSpan.FromTicks(Math.Max(0, (_outage - (DateTime.UtcNow - stoppedAt)).Ticks)));
        var startedAt = DateTime.UtcNow;
        await Cluster.RedisStartAsync();
        var probes = Task.WhenAll(_silos.Select(s => load.ProbeUntilAcceptedAsync(s, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(60))));
        await polling.CancelAsync();
        var healthWhileDown = (await health).Where(h => h.Sent < startedAt).Select(h => h.Status).ToList();
        Record($"/health while Redis was down: {string.Join(", ", healthWhileDown.GroupBy(h => h).Select(g => $"{g.Count()} × {g.Key}"))}");
        Assert.Contains("503", healthWhileDown);

        var accepting = await probes;
        var recovered = accepting.Max() - startedAt;
        await Task.WhenAll(_silos.Select(s =>
            Eventually.Until(() => Client.HealthAsync(s), h => h == HttpStatusCode.OK, TimeSpan.FromSeconds(30), $"silo {s} to be healthy again")));
        var healthy = DateTime.UtcNow - startedAt;
        await load.WaitForAcceptedAsync(1500, TimeSpan.FromSeconds(60));
        await load.StopAsync();

        var answers = load.Answers;
        var refused = answers.Where(a => !a.Accepted).ToList();
        Record($"Redis stopped {(startedAt - stoppedAt).TotalSeconds:0.0} s under load: {refused.Count} batches refused, the answers " +
            $"{Range(refused, a => a.At - stoppedAt)} s after the stop, each {Range(refused, a => a.Duration)} s after it was sent; " +
            $"202 from every silo {recovered.TotalSeconds:0.0} s after Redis started ({string.Join(", ", accepting.Select(a => $"{(a - startedAt).TotalSeconds:0.0}"))} s), " +
            $"/health 200 on all {healthy.TotalSeconds:0.0} s after");
        Record($"load: {load.Summary()}");

        // Back by itself: every silo accepted within 2.0-3.4 s of Redis' start here (its Redis clients reconnect with
        // back-off); 15 s leaves room for a busy box and still fails a silo that needs a restart or waits out a minute.
        Assert.True(recovered < TimeSpan.FromSeconds(15), $"the silos accepted again only {recovered} after Redis started");

        // While Redis was down ingestion refused with 503 and Retry-After: never a 500, never no answer.
        Assert.Contains(answers, a => a.Unavailable && a.At > stoppedAt && a.Sent < startedAt);
        var wrong = answers.Where(a => !a.Accepted && !a.Unavailable).ToList();
        Assert.True(wrong.Count == 0, $"{wrong.Count} answers were neither 202 nor 503 with Retry-After: {string.Join("; ", wrong.Take(10))}\n{Logs(1, 2, 3)}");

        // Every batch was retried until 202: each event counts once, those acknowledged before the outage included.
        await ClusterAssert.ExactlyOnceAsync(Client, 1, load, Settle, Output);

        // The same from what Redis holds: SIGKILL every silo (no memory survives), restart Redis from its append-only
        // file and bring a silo up on it.
        var clock = Stopwatch.StartNew();
        foreach (var silo in _silos)
        {
            await Cluster.KillAsync(silo);
        }

        await Cluster.DownAsync();
        await Cluster.UpAsync(1);
        Record($"every silo SIGKILLed, Redis restarted, silo 1 up on its data in {clock.Elapsed.TotalSeconds:0.0} s");
        await ClusterAssert.ExactlyOnceAsync(Client, 1, load, Settle, Output);
    }

    /// <summary>Every silo's /health, a round a second until cancelled: when asked, and the status or "none" (no answer in 10 s).</summary>
    private async Task<List<(DateTime Sent, string Status)>> PollHealthAsync(CancellationToken stop)
    {
        var seen = new List<(DateTime, string)>();
        while (!stop.IsCancellationRequested)
        {
            var sent = DateTime.UtcNow;
            var statuses = await Task.WhenAll(_silos.Select(s => Client.StatusOfAsync(s, "/health", TimeSpan.FromSeconds(10), user: null)));
            seen.AddRange(statuses.Select(s => (sent, s is { } code ? ((int)code).ToString(CultureInfo.InvariantCulture) : "none")));
            await Task.WhenAny(Task.Delay(TimeSpan.FromSeconds(1), stop));
        }

        return seen;
    }

    private static string Range(List<Answer> answers, Func<Answer, TimeSpan> of) =>
        answers.Count == 0 ? "-" : $"{answers.Min(a => of(a).TotalSeconds):0.0}–{answers.Max(a => of(a).TotalSeconds):0.0}";
}
