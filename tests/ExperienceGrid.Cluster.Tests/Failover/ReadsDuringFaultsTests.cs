using System.Net;
using ExperienceGrid.Cluster.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ExperienceGrid.Cluster.Tests.Failover;

/// <summary>
/// Every read endpoint, read again and again on every silo while Redis is down and while a silo has just been
/// SIGKILLed: each answers, and a 5xx is only ever 503 with Retry-After.
/// </summary>
public sealed class ReadsDuringFaultsTests(ITestOutputHelper output) : ClusterTest(output, "reads", 3)
{
    private static readonly TimeSpan _fault = TimeSpan.FromSeconds(6);
    private static readonly TimeSpan _readTimeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Every_read_answers_200_or_503_with_Retry_After_during_a_Redis_outage_and_a_silo_kill()
    {
        var load = new LoadDriver(Client, "reads", Venues, customers: 120);
        load.SetSilos(1, 2, 3);
        load.Start();
        await load.WaitForAcceptedAsync(1000, TimeSpan.FromSeconds(60));
        var reads = Reads([.. load.Expected.Keys.Take(30)]);

        var before = await ReadRoundAsync(reads, [1, 2, 3]);
        Assert.True(before.All(a => a.Status is HttpStatusCode.OK), $"before any fault: {string.Join("; ", before.Where(a => a.Status is not HttpStatusCode.OK))}");

        // Redis away: the load keeps writing, so customers fail their writes, deactivate and must read Redis to come back.
        await Cluster.RedisStopAsync();
        var outage = await ReadForAsync(reads, [1, 2, 3], _fault);
        await Cluster.RedisStartAsync();
        await Task.WhenAll(new[] { 1, 2, 3 }.Select(s =>
            Eventually.Until(() => Client.HealthAsync(s), h => h == HttpStatusCode.OK, TimeSpan.FromSeconds(30), $"silo {s} to be healthy again")));
        await load.WaitForAcceptedAsync(500, TimeSpan.FromSeconds(60));

        // A silo killed: its grains answer from the survivors once Orleans has declared it dead.
        load.SetSilos(1, 2);
        await Cluster.KillAsync(3);
        var kill = await ReadForAsync(reads, [1, 2], _fault);
        await load.StopAsync();

        Record($"reads while Redis was down {_fault.TotalSeconds:0} s: {Describe(outage)}");
        Record($"reads after a SIGKILL of silo 3, {_fault.TotalSeconds:0} s: {Describe(kill)}");

        // Redis' outage must have reached the reads (some 503), or this test proves nothing.
        Assert.Contains(outage, a => a.Unavailable);
        foreach (var (fault, answers) in new[] { ("Redis outage", outage), ("silo kill", kill) })
        {
            var wrong = answers.Where(a => a.Status is null || (a.Status >= HttpStatusCode.InternalServerError && !a.Unavailable)).ToList();
            Assert.True(wrong.Count == 0, $"{fault}: {wrong.Count} reads were a 5xx other than 503 with Retry-After, or no answer: " +
                $"{string.Join("; ", wrong.Take(10))}\n{Logs(1, 2)}");
        }
    }

    /// <summary>Every read endpoint, with the user who may read it: some of the load's customers, each venue, every list.</summary>
    private IReadOnlyList<(string Path, string User)> Reads(IReadOnlyList<string> customers) =>
    [
        .. customers.Select(c => ($"/api/customers/{c}", ClusterClient.Reader)),
        .. Venues.Select(v => ($"/api/venues/{v}", ClusterClient.Reader)),
        .. Venues.Select(v => ($"/api/alerts?venueId={v}", ClusterClient.Reader)),
        ("/api/venues", ClusterClient.Reader),
        ("/api/alerts", ClusterClient.Reader),
        ("/api/followups", ClusterClient.Reader),
        ("/api/journey", ClusterClient.Reader),
        ("/api/chain", ClusterClient.Reader),
        ("/api/cluster", ClusterClient.Operator),
        ("/api/operations", ClusterClient.Operator),
    ];

    /// <summary>Rounds of every read on every silo, one after another, for <paramref name="length"/> (the fault's length, not a synchronisation).</summary>
    private async Task<List<Answer>> ReadForAsync(IReadOnlyList<(string Path, string User)> reads, int[] silos, TimeSpan length)
    {
        var answers = new List<Answer>();
        var until = DateTime.UtcNow + length;
        while (DateTime.UtcNow < until)
        {
            answers.AddRange(await ReadRoundAsync(reads, silos));
        }

        return answers;
    }

    private Task<Answer[]> ReadRoundAsync(IReadOnlyList<(string Path, string User)> reads, int[] silos) =>
        Task.WhenAll(silos.SelectMany(s => reads.Select(r => Client.ReadAsync(s, r.Path, r.User, _readTimeout))));

    private static string Describe(List<Answer> answers) => $"{answers.Count} reads: {Answer.Tally(answers)}";
}
