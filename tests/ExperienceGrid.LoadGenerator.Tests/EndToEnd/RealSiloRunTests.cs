using ExperienceGrid.LoadGenerator.Driver;
using ExperienceGrid.LoadGenerator.Reporting;
using ExperienceGrid.LoadGenerator.Tests.Infrastructure;

namespace ExperienceGrid.LoadGenerator.Tests.EndToEnd;

/// <summary>A short load run against a real silo process: every event accepted once and applied once, pushes measured through the floor hub.</summary>
public sealed class RealSiloRunTests : IDisposable
{
    private const string Key = "eg-load-test-key";
    private readonly string _folder = Directory.CreateTempSubdirectory("eg-load-e2e-").FullName;

    [Fact]
    public async Task Every_event_is_accepted_and_applied_exactly_once_and_alerts_reach_the_staff()
    {
        var url = new Uri($"http://127.0.0.1:{SiloProcess.FreePort()}");
        using var silo = SiloProcess.Start("--urls", url.ToString(), "--Auth:DemoUsers", "true", "--allow-demo-secrets", "true", "--Ingestion:ApiKeys:0", Key, "--data-dir", Path.Combine(_folder, "data"), "--Auth:SigningKey", "eg-load-test-signing-key-0123456789abcdef");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
        await WaitHealthy(http, url, silo);
        var options = new LoadOptions
        {
            Targets = [url],
            Rate = 150,
            Duration = TimeSpan.FromSeconds(3),
            Batch = 25,
            Customers = 120,
            Venues = 3,
            Staff = 3,
            ChainPath = DemoChain.Path,
            ApiKey = Key,
            CatchUpTimeout = TimeSpan.FromSeconds(60),
        };

        // A hang must fail the test, not the test run.
        var report = await new LoadSession(options, http, TimeProvider.System).RunAsync(null, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(3));

        var run = Assert.Single(report.Runs);
        Assert.Equal((450L, 450L, 0L), (run.OfferedEvents, run.AcceptedEvents, run.DuplicatesAnswered));
        Assert.Empty(run.Errors);
        Assert.Equal(18, run.Http.Count);
        var correctness = run.Correctness!;
        Assert.True(correctness.Passed, $"lost {correctness.Lost}, duplicated {correctness.Duplicated}, caught up {correctness.CaughtUp}");
        Assert.Equal(450, correctness.Applied);
        Assert.True(report.PushUnavailable is null, $"push latency: {report.PushUnavailable}\n{silo.Output}");
        Assert.True(run.AlertsReceived > 0, "troubled journeys raise alerts that reach the signed-in staff");
        Assert.Equal(run.AlertsReceived, run.Push.Count + run.AlertsUnmatched);

        await JsonReportWriter.WriteAsync(report, Path.Combine(_folder, "report.json"), CancellationToken.None);
        Assert.Contains("\"lost\": 0", await File.ReadAllTextAsync(Path.Combine(_folder, "report.json")));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static async Task WaitHealthy(HttpClient http, Uri url, SiloProcess silo)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (true)
        {
            try
            {
                using var response = await http.GetAsync(new Uri(url, "/health"));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            if (silo.HasExited || DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException($"The silo did not become healthy:\n{silo.Output}");
            }

            await Task.Delay(100);
        }
    }
}
