using ExperienceGrid.LoadGenerator.Driver;
using ExperienceGrid.LoadGenerator.Reporting;
using ExperienceGrid.LoadGenerator.Soak;
using ExperienceGrid.LoadGenerator.Tests.Infrastructure;

namespace ExperienceGrid.LoadGenerator.Tests.EndToEnd;

/// <summary>A short soak against a real silo process: three samples, each with the silo's real memory, threads and handles.</summary>
public sealed class SoakRunTests : IDisposable
{
    private const string Key = "eg-load-soak-key";
    private readonly string _folder = Directory.CreateTempSubdirectory("eg-load-soak-").FullName;

    [Fact]
    public async Task A_short_soak_samples_the_silos_memory_threads_handles_and_p99s()
    {
        var url = new Uri($"http://127.0.0.1:{SiloProcess.FreePort()}");
        using var silo = SiloProcess.Start("--urls", url.ToString(), "--Auth:DemoUsers", "true", "--allow-demo-secrets", "true", "--Ingestion:ApiKeys:0", Key, "--data-dir", Path.Combine(_folder, "data"), "--Auth:SigningKey", "eg-load-soak-signing-key-0123456789abcdef");
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(15) };
        await Eventually.Until(() => Healthy(http, url, silo), healthy => healthy, TimeSpan.FromSeconds(60), "the silo's /health");
        var options = new LoadOptions
        {
            Targets = [url],
            Rate = 100,
            Duration = TimeSpan.FromSeconds(15),
            Batch = 20,
            Customers = 100,
            Venues = 3,
            ChainPath = DemoChain.Path,
            ApiKey = Key,
            Soak = true,
            SampleEvery = TimeSpan.FromSeconds(5),
            WarmUp = TimeSpan.FromSeconds(5),
            SoakWindow = TimeSpan.FromSeconds(5),
        };

        var report = await new LoadSession(options, http, TimeProvider.System).RunAsync(null, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(3));

        var soak = report.Soak!;
        Assert.Equal(3, soak.Samples.Count);
        var name = SoakMeasures.Silo(url);
        foreach (var sample in soak.Samples)
        {
            Assert.True(sample.Problems.Count == 0, string.Join("; ", sample.Problems));
            Assert.InRange(sample.Values[SoakMeasures.Rss(name)], 20, 4_096);
            Assert.InRange(sample.Values[SoakMeasures.GcHeap(name)], 0.5, 4_096);
            Assert.InRange(sample.Values[SoakMeasures.PoolThreads(name)], 1, 1_000);
            Assert.InRange(sample.Values[SoakMeasures.Threads(name)], 5, 1_000); // from /proc: the silo runs on this machine
            Assert.InRange(sample.Values[SoakMeasures.Handles(name)], 10, 100_000);
            Assert.InRange(sample.Values[SoakMeasures.HttpP99], 0, 15_000);
        }

        Assert.Equal([5.0, 10.0, 15.0], soak.Samples.Select(s => Math.Round(s.At)));
        Assert.True(soak.Judged, soak.Summary);
        Assert.Contains(soak.Measures, m => m.Measure == SoakMeasures.Rss(name));
        Assert.True(report.CorrectnessPassed);

        var html = HtmlReportWriter.ToHtml(report);
        Assert.Contains("data-chart=\"soak-memory\"", html);
        Assert.Contains(SoakMeasures.Handles(name), html);
        Assert.Contains("\"soak\":", JsonReportWriter.ToJson(report));
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

    private static async Task<bool> Healthy(HttpClient http, Uri url, SiloProcess silo)
    {
        if (silo.HasExited)
        {
            throw new InvalidOperationException($"The silo exited:\n{silo.Output}");
        }

        try
        {
            using var response = await http.GetAsync(new Uri(url, "/health"));
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
