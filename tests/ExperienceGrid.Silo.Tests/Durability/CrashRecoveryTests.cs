using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ExperienceGrid.Silo.Tests.Infrastructure;
using ExperienceGrid.Testing;
using Xunit.Abstractions;

namespace ExperienceGrid.Silo.Tests.Durability;

/// <summary>A real silo process on a real SQLite file, killed with SIGKILL while it ingests and applies.</summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output) : IDisposable
{
    private const string Key = "crash-key";
    private const int Customers = 25;
    private const int BatchSize = 40;
    private const int Kills = 3;
    private const int MinBatches = 150;

    private readonly string _dataDirectory = TempFolder.Create("eg-crash");
    private readonly int _port = SiloProcess.FreePort();
    private SiloProcess? _silo;

    [Fact]
    public async Task Every_accepted_event_is_applied_exactly_once_across_sigkills()
    {
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{_port}"), Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        await StartSilo(client);

        var random = new Random(42);
        var sent = new long[Customers];
        var (sequence, batches, kills, resent) = (0, 0, 0, 0);
        var killAt = DateTime.UtcNow.AddMilliseconds(random.Next(300, 1500));
        while (kills < Kills || batches < MinBatches)
        {
            var batch = new JsonArray();
            for (var i = 0; i < BatchSize; i++, sequence++)
            {
                var customer = sequence % Customers;
                batch.Add(Touchpoints.Make($"crash-{sequence}", $"crash-c{customer}", outcome: "mediocrity"));
                sent[customer]++;
            }

            bool answered;
            if (kills < Kills && DateTime.UtcNow >= killAt)
            {
                // Kill while this batch is in flight and earlier ones are still being applied.
                var inFlight = TrySend(client, batch);
                await Task.Delay(random.Next(0, 15));
                _silo!.Kill();
                kills++;
                killAt = DateTime.UtcNow.AddMilliseconds(random.Next(300, 1500));
                answered = await inFlight;
            }
            else
            {
                answered = await TrySend(client, batch);
            }

            while (!answered)
            {
                resent++;
                await StartSilo(client);
                answered = await TrySend(client, batch);
            }

            batches++;
        }

        for (var customer = 0; customer < Customers; customer++)
        {
            var expected = sent[customer];
            var applied = await Eventually.Until(
                () => Touchpoints.CountApplied(client, $"crash-c{customer}"), n => n >= expected, TimeSpan.FromSeconds(60), $"crash-c{customer} to reach {expected}");
            Assert.Equal(expected, applied);
        }

        output.WriteLine($"{sequence} events in {batches} batches, {kills} SIGKILLs, {resent} sends repeated after a kill");
    }

    private static async Task<bool> TrySend(HttpClient client, JsonArray batch)
    {
        try
        {
            using var response = await client.PostAsJsonAsync("/api/touchpoints", batch);
            if (response.StatusCode != HttpStatusCode.Accepted)
            {
                return false;
            }

            var result = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(batch.Count, result.GetProperty("accepted").GetInt32() + result.GetProperty("duplicates").GetInt32());
            return true;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            return false;
        }
    }

    private async Task StartSilo(HttpClient client)
    {
        if (_silo is { HasExited: false })
        {
            return;
        }

        _silo?.Dispose();
        _silo = SiloProcess.Start(
            "--urls", $"http://127.0.0.1:{_port}", "--data-dir", _dataDirectory, "--partitions", "8", "--Ingestion:ApiKeys:0", Key);
        await Eventually.Until(
            async () =>
            {
                try
                {
                    return (await client.GetAsync("/health")).StatusCode;
                }
                catch (HttpRequestException)
                {
                    return HttpStatusCode.ServiceUnavailable;
                }
            },
            s => s == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30),
            $"the silo to start: {_silo.Output}");
    }

    public void Dispose()
    {
        _silo?.Dispose();
        TempFolder.Delete(_dataDirectory);
    }
}
