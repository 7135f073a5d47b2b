using System.Text.Json.Nodes;
using ExperienceGrid.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExperienceGrid.Browser.Tests.Pages;

/// <summary>A chain that keeps no recognition (<c>insights.recognition</c> false) shows no recognitions panel.</summary>
public sealed class DashboardRecognitionOffTests : PageTest
{
    private static readonly Lazy<string> _chainWithoutRecognition = new(() =>
    {
        var chain = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "demo-chain.json")))!;
        chain["insights"]!["recognition"] = false;
        var path = Artifacts.PathOf("chains", "no-recognition.json");
        File.WriteAllText(path, chain.ToJsonString());
        return path;
    });

    protected override IReadOnlyDictionary<string, string>? Settings => new Dictionary<string, string> { ["Chain:ConfigPath"] = _chainWithoutRecognition.Value };

    [Fact]
    public async Task Without_recognition_in_the_chain_the_dashboard_has_no_recognitions_panel_while_coaching_stays()
    {
        var venue = KestrelSilo.Venue(9);
        await Silo.IngestAsync(
            KestrelSilo.Touchpoint("ro-start", "ro-guest", venue, "visit.start", at: DateTimeOffset.UtcNow.AddMinutes(-2)),
            KestrelSilo.Touchpoint("ro-farewell", "ro-guest", venue, "farewell", outcome: "wow").ServedBy($"staff.{venue}"));
        var answer = await Silo.GetAsAsync($"manager.{venue}", $"/api/venues/{venue}/recognitions");
        Assert.False(answer.GetProperty("enabled").GetBoolean());

        var (page, errors) = await Browser.OpenDashboardAsync(Silo, $"manager.{venue}", new ViewportSize { Width = 1440, Height = 900 });
        // The coaching panel has been read, and so have the recognitions, read at the same time.
        await Expect(page.Locator("#coaching")).ToContainTextAsync("No anti-patterns this week or last.", new() { Timeout = 20_000 });
        await Expect(page.Locator("#coaching-shift option")).ToHaveCountAsync(Chain.Config.Insights.Shifts.Count + 1);
        await Expect(page.Locator("#recognitions-panel")).ToBeHiddenAsync();
        await page.Locator($".tile[data-venue-id='{venue}']").ClickAsync();
        await Expect(page.Locator("#drill .coaching-list")).ToContainTextAsync("No anti-patterns this week or last.", new() { Timeout = 20_000 });
        await Expect(page.Locator("#drill .drill-recognitions")).ToBeHiddenAsync();
        errors.AssertNone();
    }
}
