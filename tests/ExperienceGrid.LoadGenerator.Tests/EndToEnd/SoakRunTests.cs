using System.Globalization;
using System.Text.Json;
using ExperienceGrid.LoadGenerator.Cli;
using ExperienceGrid.LoadGenerator.Soak;
using ExperienceGrid.LoadGenerator.Tests.Infrastructure;
using Spectre.Console;

namespace ExperienceGrid.LoadGenerator.Tests.EndToEnd;

/// <summary>
/// A short soak through eg-load's command line against a real silo process: three samples, each with the silo's real
/// memory, threads and handles, a console line per sample, the samples in report.json and charts in report.html.
/// </summary>
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
        var output = new StringWriter();
        var errors = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, Interactive = InteractionSupport.No });
        var outFolder = Path.Combine(_folder, "report");

        // A hang must fail the test, not the test run.
        var exitCode = await EgLoadApp.RunAsync(
            [
                "--target", url.ToString(), "--rate", "100", "--duration", "15s", "--batch", "20", "--customers", "100", "--venues", "3",
                "--chain", DemoChain.Path, "--api-key", Key, "--out", outFolder, "--no-live",
                "--soak", "--sample-every", "5s", "--warm-up", "5s", "--soak-window", "5s",
            ],
            console,
            errors,
            CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(3));

        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(outFolder, "report.json")));
        var soak = report.RootElement.GetProperty("soak");
        var samples = soak.GetProperty("samples").EnumerateArray().ToList();
        Assert.Equal([5.0, 10.0, 15.0], samples.Select(s => Math.Round(s.GetProperty("at").GetDouble())));
        var name = SoakMeasures.Silo(url);
        foreach (var sample in samples)
        {
            Assert.Empty(sample.GetProperty("problems").EnumerateArray());
            var values = sample.GetProperty("values");
            Assert.InRange(values.GetProperty(SoakMeasures.Rss(name)).GetDouble(), 20, 4_096);
            Assert.InRange(values.GetProperty(SoakMeasures.LiveHeap(name)).GetDouble(), 0.5, 4_096);
            Assert.InRange(values.GetProperty(SoakMeasures.PoolThreads(name)).GetDouble(), 1, 1_000);
            Assert.InRange(values.GetProperty(SoakMeasures.Threads(name)).GetDouble(), 5, 1_000); // from /proc: the silo runs on this machine
            Assert.InRange(values.GetProperty(SoakMeasures.Handles(name)).GetDouble(), 10, 100_000);
            Assert.InRange(values.GetProperty(SoakMeasures.HttpP99).GetDouble(), 0, 15_000);
        }

        Assert.True(soak.GetProperty("judged").GetBoolean(), soak.GetProperty("summary").GetString());
        Assert.Contains(soak.GetProperty("measures").EnumerateArray(), m => m.GetProperty("measure").GetString() == SoakMeasures.Rss(name));
        Assert.True(report.RootElement.GetProperty("correctnessPassed").GetBoolean(), output.ToString());
        // Exit 1 for a soak that moved (a 15 s run on a busy machine may), 0 when flat.
        Assert.Equal(soak.GetProperty("flat").GetBoolean() ? 0 : EgLoadApp.SoakNotFlat, exitCode);

        var printed = output.ToString();
        for (var k = 1; k <= 3; k++)
        {
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"soak sample {k}/3: http p99 "), printed);
        }

        Assert.Contains("Soak: ", printed);
        var html = await File.ReadAllTextAsync(Path.Combine(outFolder, "report.html"));
        Assert.Contains("data-chart=\"soak-memory\"", html);
        Assert.Contains($"{name} handles", html);
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
