using System.Text.Json;
using ExperienceGrid.Browser.Tests.Infrastructure;
using ExperienceGrid.Domain;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExperienceGrid.Browser.Tests.Pages;

/// <summary>
/// Coaching in words and this week's recognitions, from touchpoints that name the member of staff: on the venue
/// manager's dashboard and in the venue detail, and coaching venue by venue on the region manager's dashboard, at
/// 1440×900 and on a 390×844 phone.
/// </summary>
public sealed class DashboardCoachingTests : PageTest
{
    private static readonly ViewportSize _wall = new() { Width = 1440, Height = 900 };

    [Fact]
    public async Task Coaching_says_in_words_what_went_wrong_and_what_recovered_guests_and_recognitions_thank_staff_by_name()
    {
        var venue = KestrelSilo.Venue(7);
        var staff = $"staff.{venue}";
        var staffLabel = await FloorPeople.LabelAsync(Silo, staff);

        // A guest told no by the staff member, then complaining: the alert is resolved by them and the guest leaves
        // better off (a recovery credited to them); another guest gets a WOW farewell from them.
        var at = DateTimeOffset.UtcNow.AddMinutes(-3);
        await Silo.IngestAsync(
            FloorPeople.Named("co-start", "co-guest", venue, "visit.start", "Iris Nakamura", at),
            KestrelSilo.Touchpoint("co-no", "co-guest", venue, "staff.said_no", at: at.AddSeconds(30)).ServedBy(staff),
            KestrelSilo.Touchpoint("co-complaint", "co-guest", venue, "complaint", at: at.AddSeconds(60)));
        var action = await Silo.ResolveAsync($"{venue}:1", staff);
        await Eventually.Until(() => Silo.GetAsAsync(staff, "/api/customers/co-guest"), g => g.GetProperty("touchpointCount").GetInt64() > 3,
            what: "the apology resolving records on the guest");
        await Silo.IngestAsync(
            KestrelSilo.Touchpoint("co-end", "co-guest", venue, "visit.end"),
            FloorPeople.Named("co-wow-start", "co-wow", venue, "visit.start", "Jon Ferreira", at),
            KestrelSilo.Touchpoint("co-wow-farewell", "co-wow", venue, "farewell", outcome: "wow").ServedBy(staff));

        // Coaching and recognitions read the venue's hours: they hold the minute once it has ended.
        var (report, people) = await Eventually.Until(
            async () => (Coaching: await Silo.GetAsAsync($"manager.{venue}", $"/api/venues/{venue}/coaching"),
                Recognitions: await Silo.GetAsAsync($"manager.{venue}", $"/api/venues/{venue}/recognitions")),
            read => read.Coaching.GetProperty("antiPatterns").EnumerateArray().Any(l => l.GetProperty("actions").GetArrayLength() > 0)
                && read.Recognitions.GetProperty("people").EnumerateArray().Any(p => p.GetProperty("wows").GetInt32() == 1 && p.GetProperty("recoveries").GetInt32() == 1),
            TimeSpan.FromSeconds(180),
            "the coaching line and both credits in the venue's history");
        var coaching = report.GetProperty("antiPatterns")[0].GetProperty("summary").GetString()!;
        Assert.Equal(staff, people.GetProperty("people")[0].GetProperty("staffId").GetString());
        Assert.Contains($"guests were recovered 1 of 1 times when staff chose \"{action.TrimEnd('.')}\"", coaching);

        var (page, errors) = await Browser.OpenDashboardAsync(Silo, $"manager.{venue}", _wall);
        await Expect(page.Locator("#coaching li .coach-summary")).ToHaveTextAsync([coaching], Patiently);
        await Expect(page.Locator("#coaching li .coach-staff")).ToHaveTextAsync($" By {staffLabel} 1.");
        await Expect(page.Locator("#coaching li .coach-actions")).ToHaveTextAsync($" {staffLabel} chose \"{action.TrimEnd('.')}\" 1 time; 1 recovered.");
        await Expect(page.Locator("#recognitions-panel")).ToBeVisibleAsync();
        await Expect(page.Locator($"#recognitions li[data-staff-id='{staff}']")).ToHaveTextAsync($"{staffLabel} 1 WOW · 1 guest recovered");

        // A shift with nothing in it says so; all shifts bring the line back.
        var shifts = page.Locator("#coaching-shift option");
        await Expect(shifts).ToHaveCountAsync(Chain.Config.Insights.Shifts.Count + 1);
        var other = Chain.Config.Insights.Shifts.Select(s => s.Name).First(s => !coaching.Contains($"at {s}", StringComparison.Ordinal));
        var quiet = await Silo.GetAsAsync($"manager.{venue}", $"/api/venues/{venue}/coaching?shift={other}");
        await page.Locator("#coaching-shift").SelectOptionAsync(other);
        if (quiet.GetProperty("antiPatterns").EnumerateArray().All(l => l.GetProperty("thisWeek").GetInt32() + l.GetProperty("lastWeek").GetInt32() == 0))
        {
            await Expect(page.Locator("#coaching")).ToContainTextAsync("No anti-patterns this week or last at", new() { Timeout = 20_000 });
        }

        await page.Locator("#coaching-shift").SelectOptionAsync("");
        await Expect(page.Locator("#coaching li .coach-summary")).ToHaveTextAsync([coaching], Patiently);
        await page.Locator(".insights").ScrollIntoViewIfNeededAsync();
        await page.KeepDocScreenshotAsync("dashboard-coaching", fullPage: false);

        // The venue detail has the same, for that venue.
        await page.Locator($".tile[data-venue-id='{venue}']").ClickAsync();
        await Expect(page.Locator("#drill .coaching-list .coach-summary")).ToHaveTextAsync([coaching], Patiently);
        await Expect(page.Locator($"#drill .recognitions li[data-staff-id='{staff}'] strong")).ToHaveTextAsync(staffLabel);

        // On a phone nothing scrolls the page sideways.
        await page.ResizeToPhoneAsync();
        await page.Locator("#drill .drill-insights").ScrollIntoViewIfNeededAsync();
        await page.KeepScreenshotAsync("dashboard-coaching-phone");
        errors.AssertNone();
    }

    [Fact]
    public async Task A_region_managers_coaching_names_each_venue_of_the_region_with_its_anti_patterns_and_no_venue_outside_it()
    {
        // A guest told no at one venue of the region, policy quoted at a guest at another; a guest told no outside it.
        var told = Chain.Config.Venues[4];
        var quoted = Chain.Config.Venues[5];
        var outside = Chain.Config.Venues.First(v => v.RegionId != told.RegionId);
        Assert.Equal(told.RegionId, quoted.RegionId);
        var manager = $"region.{told.RegionId}";
        var at = DateTimeOffset.UtcNow.AddMinutes(-4);
        await Silo.AtRiskAsync("rco-told", told.Id, at);
        await Silo.IngestAsync(
            KestrelSilo.Touchpoint("rco-quoted-start", "rco-quoted", quoted.Id, "visit.start", at: at),
            KestrelSilo.Touchpoint("rco-quoted-policy", "rco-quoted", quoted.Id, "policy.quoted", at: at.AddSeconds(30)),
            KestrelSilo.Touchpoint("rco-quoted-complaint", "rco-quoted", quoted.Id, "complaint", at: at.AddSeconds(60)));
        await Silo.AtRiskAsync("rco-outside", outside.Id, at);
        // A complaint now at each venue hands its earlier minutes to the history, which coaching reads.
        await Silo.IngestAsync([.. new[] { told, quoted, outside }.Select(v => KestrelSilo.Touchpoint($"rco-now-{v.Id}", $"rco-now-{v.Id}", v.Id, "complaint"))]);

        static bool Happened(JsonElement report, AntiPattern antiPattern) => report.GetProperty("antiPatterns").EnumerateArray()
            .Any(l => l.GetProperty("antiPattern").GetString() == antiPattern.ToString() && l.GetProperty("thisWeek").GetInt32() == 1);
        var (toldReport, quotedReport, _) = await Eventually.Until(
            async () => (Told: await Silo.GetAsAsync(manager, $"/api/venues/{told.Id}/coaching"),
                Quoted: await Silo.GetAsAsync(manager, $"/api/venues/{quoted.Id}/coaching"),
                Outside: await Silo.GetAsAsync("chain.manager", $"/api/venues/{outside.Id}/coaching")),
            read => Happened(read.Told, AntiPattern.SaidNoWithoutAlternative) && Happened(read.Quoted, AntiPattern.QuotedPolicy)
                && Happened(read.Outside, AntiPattern.SaidNoWithoutAlternative),
            TimeSpan.FromSeconds(180),
            "the anti-patterns of all three venues in their coaching");

        var (page, errors) = await Browser.OpenDashboardAsync(Silo, manager, _wall);
        var venues = page.Locator("#coaching section.coach-venue");
        await Expect(venues).ToHaveCountAsync(2, new() { Timeout = 20_000 });
        foreach (var (venue, report, antiPattern) in new[] { (told, toldReport, AntiPattern.SaidNoWithoutAlternative), (quoted, quotedReport, AntiPattern.QuotedPolicy) })
        {
            // The venue by name, its commonest lines in words as the API words them, the anti-pattern among them.
            var section = page.Locator($"#coaching section.coach-venue[data-venue-id='{venue.Id}']");
            await Expect(section.Locator("h3")).ToHaveTextAsync(venue.Name);
            var summaries = report.GetProperty("antiPatterns").EnumerateArray().Take(3).Select(l => l.GetProperty("summary").GetString()!).ToArray();
            await Expect(section.Locator(".coach-summary")).ToHaveTextAsync(summaries);
            Assert.Contains(summaries, s => s.StartsWith($"{Chain.Config.Labels.NameOf(antiPattern)}: 1 this week", StringComparison.Ordinal));
        }

        // Nothing from outside the region, and venues by name, never by id.
        await Expect(page.Locator($"#coaching [data-venue-id='{outside.Id}']")).ToHaveCountAsync(0);
        await Expect(page.Locator("#coaching")).Not.ToContainTextAsync(outside.Name);
        await Expect(page.Locator("#coaching")).Not.ToContainTextAsync(told.Id);
        await Expect(page.Locator("#coaching")).Not.ToContainTextAsync(quoted.Id);
        await page.Locator("#coaching").ScrollIntoViewIfNeededAsync();
        await page.KeepScreenshotAsync("dashboard-coaching-region");

        // On a phone nothing scrolls the page sideways, and every line wraps inside the screen.
        await page.ResizeToPhoneAsync();
        await Expect(venues).ToHaveCountAsync(2);
        Assert.True(await page.EvaluateAsync<bool>("() => [...document.querySelectorAll('#coaching .coach-summary')].every(s => s.getBoundingClientRect().right <= innerWidth)"),
            "a coaching line runs past the right edge of a 390 px screen");
        await venues.Last.ScrollIntoViewIfNeededAsync();
        await page.KeepScreenshotAsync("dashboard-coaching-region-phone");
        errors.AssertNone();
    }
}
