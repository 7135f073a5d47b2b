using System.Diagnostics;
using System.Text.RegularExpressions;
using ExperienceGrid.LoadGenerator.Reporting;

namespace ExperienceGrid.LoadGenerator.Tests.Reporting;

/// <summary>Opens the HTML report in headless Chromium (installed by scripts/setup.sh) and checks the charts really render.</summary>
public sealed partial class BrowserReportTests : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private readonly string _folder = Directory.CreateTempSubdirectory("eg-load-report-").FullName;

    [Fact]
    public async Task Charts_render_as_svg_lines_with_fault_marks_in_a_real_browser()
    {
        var report = await WriteReport();

        var dom = await RunChromium("--dump-dom", $"file://{report}");

        Assert.Equal(3, RenderedChart().Matches(dom).Count);
        Assert.True(Polyline().Matches(dom).Count >= 7, "p50/p99/max for two latency charts and offered/achieved for throughput");
        Assert.Equal(6, FaultLine().Matches(dom).Count); // kill and start on each of the three charts
    }

    [Fact]
    public async Task A_soaks_memory_count_and_latency_charts_render_beside_the_runs()
    {
        var path = Path.Combine(_folder, "soak.html");
        await HtmlReportWriter.WriteAsync(SampleReport.CreateWithSoak(), path, CancellationToken.None);

        var dom = await RunChromium("--dump-dom", $"file://{path}");

        Assert.Equal(6, RenderedChart().Matches(dom).Count);
        Assert.Contains("data-series=\"127.0.0.1:5101 rss\"", dom); // the unit is on the axis, not in the legend
        Assert.Contains("not flat: 127.0.0.1:5101 rss MiB ×1.", dom);
    }

    [Fact]
    public async Task Screenshot_of_the_report_is_a_non_trivial_png()
    {
        var report = await WriteReport();
        var png = Path.Combine(_folder, "report.png");

        await RunChromium($"--screenshot={png}", "--window-size=1200,900", $"file://{report}");

        var bytes = await File.ReadAllBytesAsync(png);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.True(bytes.Length > 20_000, $"a screenshot with tables and charts is larger than {bytes.Length} bytes");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<string> WriteReport()
    {
        var path = Path.Combine(_folder, "report.html");
        await HtmlReportWriter.WriteAsync(SampleReport.Create(), path, CancellationToken.None);
        return path;
    }

    private async Task<string> RunChromium(params string[] arguments)
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: run scripts/setup.sh (it installs Debian's chromium).");
        var start = new ProcessStartInfo(Chromium) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var flag in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", $"--user-data-dir={Path.Combine(_folder, "profile")}" }.Concat(arguments))
        {
            start.ArgumentList.Add(flag);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"chromium exited with {process.ExitCode}: {await errors}");
        return await output;
    }

    [GeneratedRegex("data-rendered=\"true\"")]
    private static partial Regex RenderedChart();

    [GeneratedRegex("<polyline ")]
    private static partial Regex Polyline();

    [GeneratedRegex("data-fault=\"[^\"]+\"")]
    private static partial Regex FaultLine();
}
