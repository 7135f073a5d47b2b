using System.Text.RegularExpressions;
using ExperienceGrid.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExperienceGrid.Browser.Tests.Pages;

/// <summary>
/// The follow-up SLA on the region manager's dashboard: a care follow-up shows its due time, one still open then is
/// escalated (highlighted, in words), and marking one done asks what came of the call; the share closed in time
/// stands beside the recovery rate.
/// </summary>
public sealed class DashboardFollowUpSlaTests : PageTest
{
    protected override IReadOnlyDictionary<string, string>? Settings => new Dictionary<string, string> { ["Chain:FollowUpDue"] = "00:00:20" };

    [Fact]
    public async Task A_care_follow_up_left_open_past_its_due_time_escalates_and_one_done_in_time_records_its_outcome()
    {
        var venue = Chain.Config.Venues[2];
        var (page, errors) = await Browser.OpenDashboardAsync(Silo, $"region.{venue.RegionId}", new ViewportSize { Width = 1440, Height = 900 });

        // Two guests leave unhappy: two care follow-ups, due 20 s after their visits ended.
        await Silo.AtRiskAsync("sla-late", venue.Id, DateTimeOffset.UtcNow.AddMinutes(-3), "Nora Quinn");
        await Silo.AtRiskAsync("sla-kept", venue.Id, DateTimeOffset.UtcNow.AddMinutes(-3), "Omar Haddad");
        await Silo.IngestAsync(
            KestrelSilo.Touchpoint("sla-late-end", "sla-late", venue.Id, "visit.end"),
            KestrelSilo.Touchpoint("sla-kept-end", "sla-kept", venue.Id, "visit.end"));
        var late = page.Locator("#followups .followup", new() { HasText = "Nora Quinn" });
        var kept = page.Locator("#followups .followup", new() { HasText = "Omar Haddad" });
        await Expect(kept.Locator("[data-field=due]")).ToHaveTextAsync(new Regex(@"^Due \d\d:\d\d \(in \d+s\)$"), Patiently);

        // Done asks what came of the call; "reached, recovered" closes it in time.
        await kept.Locator("button.done").ClickAsync();
        await Expect(kept.Locator(".outcomes button")).ToHaveTextAsync(["Reached, recovered", "Reached, still unhappy", "No answer"]);
        await kept.Locator(".outcomes button[data-outcome=recovered]").ClickAsync();
        await Expect(kept).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        await Expect(page.Locator($".tile[data-venue-id='{venue.Id}'] [data-field=followUpsInTimeRate]")).ToHaveTextAsync("100%", Patiently);
        await Expect(page.Locator(".total", new() { HasText = "Follow-ups in time" }).Locator(".value")).ToHaveTextAsync("100%", Patiently);

        // The other passes its due time: the venue's reminder escalates it to this region manager's dashboard.
        await Expect(late).ToHaveClassAsync(new Regex(@"\boverdue\b"), new() { Timeout = 90_000 });
        await Expect(late.Locator("[data-field=due]")).ToHaveTextAsync(new Regex(@"^Overdue since \d\d:\d\d: escalated to the region manager$"));
        await Expect(page.Locator("#followup-count")).ToHaveTextAsync("1 open, 1 overdue");
        await page.Locator("#followups").ScrollIntoViewIfNeededAsync();
        await late.Locator("button.done").ClickAsync();
        await page.KeepDocScreenshotAsync("dashboard-followups-sla", fullPage: false);

        // Closed late: still recorded, with its outcome, and the share in time halves.
        await late.Locator(".outcomes button[data-outcome=noAnswer]").ClickAsync();
        await Expect(late).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        await Expect(page.Locator($".tile[data-venue-id='{venue.Id}'] [data-field=followUpsInTimeRate]")).ToHaveTextAsync("50%", Patiently);
        errors.AssertNone();
    }
}
