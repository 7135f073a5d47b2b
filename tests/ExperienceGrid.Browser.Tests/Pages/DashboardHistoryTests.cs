using ExperienceGrid.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExperienceGrid.Browser.Tests.Pages;

/// <summary>
/// The dashboard's trends come from the grid's history, not from the open tab: a dashboard opened after half an hour
/// of traffic shows that half hour, and each tile sets today against the same weekday last week.
/// </summary>
public sealed class DashboardHistoryTests : PageTest
{
    private static readonly ViewportSize _wall = new() { Width = 1440, Height = 900 };

    [Fact]
    public async Task A_dashboard_opened_after_30_minutes_of_traffic_shows_30_minutes_of_trends_and_today_against_last_week()
    {
        var venue = KestrelSilo.Venue(6);
        var now = DateTimeOffset.UtcNow;

        // A visit on the same weekday last week, just before this time (3 WOWs), then one today with a moment every
        // minute for the last 30 minutes (a mediocre one every fifth), oldest first: the history keeps moments by event
        // time. (No misery: an alert is counted when it is raised, in the minute of the clock, and moments that come
        // after it for an earlier minute count in that one.)
        var lastWeek = now.AddDays(-7).AddMinutes(-6);
        await Silo.IngestAsync([
            KestrelSilo.Touchpoint("hi-lw-start", "hi-guest", venue, "visit.start", at: lastWeek),
            .. Enumerable.Range(1, 3).Select(i => KestrelSilo.Touchpoint($"hi-lw-{i}", "hi-guest", venue, "staff.check_in", at: lastWeek.AddMinutes(i))),
            KestrelSilo.Touchpoint("hi-lw-end", "hi-guest", venue, "visit.end", at: lastWeek.AddMinutes(5)),
        ]);
        await Silo.IngestAsync(KestrelSilo.Touchpoint("hi-start", "hi-guest", venue, "visit.start", at: now.AddMinutes(-31)));
        for (var minute = 30; minute >= 1; minute--)
        {
            var kind = minute % 5 == 0 ? "table.cleanliness" : "staff.check_in";
            await Silo.IngestAsync(KestrelSilo.Touchpoint($"hi-{minute}", "hi-guest", venue, kind, kind == "staff.check_in" ? null : "mediocrity", now.AddMinutes(-minute)));
        }

        // Opened once the venue has handed those minutes to its history (the touchpoints reach it just after 202).
        await Eventually.Until(() => Silo.GetAsAsync($"manager.{venue}", $"/api/venues/{venue}/history"), h => h.GetProperty("points").GetArrayLength() >= 25,
            what: "the half hour in the venue's history");
        var (page, errors) = await Browser.OpenDashboardAsync(Silo, $"manager.{venue}", _wall);

        // The misery share chart reaches back to the first of those minutes, by minute, with the venue's line.
        var covered = await page.WaitForFunctionAsync(
            "() => { const first = Number(document.querySelector('#misery-chart').dataset.first); return first > 0 && first; }",
            null, new() { Timeout = 20_000 });
        var first = DateTimeOffset.FromUnixTimeSeconds((long)(await covered.JsonValueAsync<double>()));
        Assert.True(first <= now.AddMinutes(-29), $"the trend starts at {first:HH:mm:ss}, not 30 minutes before {now:HH:mm:ss}");
        await Expect(page.Locator("#misery-chart .u-legend .u-series .u-label")).ToHaveTextAsync(["time", Chain.Config.Venues[6].Name]);
        await Expect(page.Locator("#trends-note")).ToContainTextAsync("From the grid's history since");

        // The tile: 24 WOWs and no misery so far today (those in the last minute or two may still be on their way,
        // and local midnight may fall inside the half hour), against 3 WOWs last week by this time.
        var table = page.Locator($".tile[data-venue-id='{venue}'] table.vs-week");
        await Expect(table.Locator("thead th").Nth(1)).ToHaveTextAsync("Today", Patiently);
        await Expect(table.Locator("thead th").Nth(2)).ToHaveTextAsync($"Last {now.AddDays(-7).ToLocalTime():ddd}");
        await Expect(table.Locator("tr[data-field=wow] td").Nth(1)).ToHaveTextAsync("3");
        Assert.InRange(int.Parse(await table.Locator("tr[data-field=wow] td").First.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture), 0, 24);
        await Expect(table.Locator("tr[data-field=misery] td").Nth(1)).ToHaveTextAsync("0");

        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.KeepDocScreenshotAsync("dashboard-history");
        errors.AssertNone();
    }

    [Fact]
    public async Task Trends_of_claims_and_recoveries_appear_once_their_minute_has_ended_named_by_venue()
    {
        var (first, second) = (KestrelSilo.Venue(10), KestrelSilo.Venue(11));
        await Silo.AtRiskAsync("ht-a", first, DateTimeOffset.UtcNow.AddMinutes(-4), "Ada Byrne");
        await Silo.AtRiskAsync("ht-b", second, DateTimeOffset.UtcNow.AddMinutes(-3), "Bo Lindqvist");
        await Silo.ClaimAsync($"{first}:1", $"manager.{first}");
        await Silo.IngestAsync(KestrelSilo.Touchpoint("ht-b-end", "ht-b", second, "visit.end"));

        var (page, errors) = await Browser.OpenDashboardAsync(Silo, "chain.manager", _wall);

        // The claim and the ended visit join the history when their minute ends (and the page reads it each minute).
        var slow = new LocatorAssertionsToHaveTextOptions { Timeout = 200_000 };
        await Expect(page.Locator("#claim-chart .u-legend .u-series .u-label")).ToHaveTextAsync(["time", Chain.Config.Venues[10].Name], slow);
        await Expect(page.Locator("#recovery-chart .u-legend .u-series .u-label")).ToHaveTextAsync(["time", Chain.Config.Venues[11].Name], slow);
        Assert.Equal("seconds", await page.Locator("#claim-chart").GetAttributeAsync("data-y-label"));
        Assert.Equal("recovered", await page.Locator("#recovery-chart").GetAttributeAsync("data-y-label"));
        await Expect(page.Locator("#recovery-chart .u-legend .u-series").Nth(1).Locator(".u-value")).ToHaveTextAsync("0%");
        errors.AssertNone();
    }
}
