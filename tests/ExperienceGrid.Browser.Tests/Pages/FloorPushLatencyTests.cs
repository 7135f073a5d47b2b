using System.Text.Json;
using ExperienceGrid.Browser.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ExperienceGrid.Browser.Tests.Pages;

/// <summary>
/// Measures event accepted (HTTP 202) → alert painted on the floor page, and event sent → alert painted, in real
/// Chromium against real Kestrel. The venue grain pushes the alert inside the call that stores the batch, so the
/// alert may be painted before the 202 arrives: "accepted" latencies can be negative. It asserts only that every
/// alert arrived; the numbers go to artifacts/perf/floor-push-latency.json and the output.
/// </summary>
public sealed class FloorPushLatencyTests(ITestOutputHelper output) : PageTest
{
    private const int Samples = 40;

    [Fact]
    public async Task Floor_push_latency_from_accepted_event_to_rendered_alert()
    {
        var venue = KestrelSilo.Venue(5);
        var floor = await Browser.OpenAsync(new Uri(Silo.BaseAddress, $"/floor.html?user=staff.{venue}&password=demo"), width: 414);
        await Expect(floor.Locator("#status")).ToHaveTextAsync("live", new() { Timeout = 20_000 });

        var fromAccepted = new List<double>();
        var fromSent = new List<double>();
        for (var i = 0; i < Samples; i++)
        {
            var customer = $"lat-{i}";
            await Silo.IngestAsync(KestrelSilo.Touchpoint($"{customer}-start", customer, venue, "visit.start"));
            var trigger = $"{customer}-no";
            var sentAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
            await Silo.IngestAsync(KestrelSilo.Touchpoint(trigger, customer, venue, "staff.said_no"));
            var acceptedAt = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

            var rendered = await floor.WaitForFunctionAsync("id => window.egRendered[id]", trigger, new() { Timeout = 20_000 });
            var paintedAt = await rendered.JsonValueAsync<double>();
            fromAccepted.Add(paintedAt - acceptedAt);
            fromSent.Add(paintedAt - sentAt);
        }

        Assert.Equal(Samples, fromAccepted.Count);
        fromAccepted.Sort();
        fromSent.Sort();
        var report = new
        {
            samples = fromAccepted.Count,
            p50Ms = Percentile(fromAccepted, 0.50),
            p95Ms = Percentile(fromAccepted, 0.95),
            p99Ms = Percentile(fromAccepted, 0.99),
            maxMs = fromAccepted[^1],
            fromSent = new
            {
                p50Ms = Percentile(fromSent, 0.50),
                p95Ms = Percentile(fromSent, 0.95),
                p99Ms = Percentile(fromSent, 0.99),
                maxMs = fromSent[^1],
            },
            measuredAt = DateTimeOffset.UtcNow,
        };
        var json = JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true });
        await File.WriteAllTextAsync(Artifacts.PathOf("perf", "floor-push-latency.json"), json);
        output.WriteLine(json);
        await floor.ScreenshotAsync(new() { Path = Artifacts.Screenshot("floor-latency-run"), FullPage = true });
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
