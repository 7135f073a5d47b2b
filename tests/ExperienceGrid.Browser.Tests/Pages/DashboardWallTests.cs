using System.Text.Json;
using System.Text.RegularExpressions;
using ExperienceGrid.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExperienceGrid.Browser.Tests.Pages;

/// <summary>
/// The chain dashboard on a wall screen (1440×900, and 1280×800 for the heatmap): guests and users by name, a venue
/// detail that follows guests arriving and leaving, a heatmap that fits, charts that read without hovering, and
/// numbers that say when they are stale.
/// </summary>
public sealed class DashboardWallTests : PageTest
{
    private static readonly ViewportSize _wall = new() { Width = 1440, Height = 900 };
    private static readonly ViewportSize _smallWall = new() { Width = 1280, Height = 800 };

    // Whether the page, or the heatmap inside its box, would scroll sideways.
    private const string SidewaysScroll = """
        () => {
          const wrap = document.querySelector(".heatmap-wrap");
          return { page: document.documentElement.scrollWidth - innerWidth, heatmap: wrap.scrollWidth - wrap.clientWidth };
        }
        """;

    [Fact]
    public async Task The_venue_detail_names_guests_and_claimers_and_follows_guests_arriving_and_leaving_without_a_reload()
    {
        var venue = KestrelSilo.Venue(1);
        var venueName = Chain.Config.Venues[1].Name;
        await Silo.AtRiskAsync("vd-ana", venue, DateTimeOffset.UtcNow.AddMinutes(-6), "Ana Rivera");
        await Silo.AtRiskAsync("vd-ben", venue, DateTimeOffset.UtcNow.AddMinutes(-5), "Ben Okafor");
        await Silo.ClaimAsync($"{venue}:2", $"staff.{venue}");
        // A visit that ended in misery nobody made right: a follow-up for the care team, by the guest's name.
        await Silo.AtRiskAsync("vd-cai", venue, DateTimeOffset.UtcNow.AddMinutes(-4), "Cai Jones");
        await Silo.IngestAsync(KestrelSilo.Touchpoint("vd-cai-end", "vd-cai", venue, "visit.end"));
        var staff = await UserNameAsync($"staff.{venue}");

        var (page, errors) = await Browser.OpenDashboardAsync(Silo, "chain.manager", _wall);
        await Expect(page.Locator("#followups .followup strong")).ToHaveTextAsync(["Cai Jones"], Patiently);

        await page.Locator($".tile[data-venue-id='{venue}']").ClickAsync();
        var detail = page.Locator("#drill");
        await Expect(detail.Locator("h2")).ToContainTextAsync(venueName);
        await Expect(detail.Locator("[data-field=asOf]")).ToHaveTextAsync(new Regex(@"^as of \d\d:\d\d:\d\d$"), Patiently);
        var ana = detail.Locator("li[data-customer-id='vd-ana']");
        var ben = detail.Locator("li[data-customer-id='vd-ben']");
        await Expect(ana.Locator("a")).ToHaveTextAsync("Ana Rivera");
        await Expect(ana.Locator("[data-field=status]")).ToHaveTextAsync(Chain.Config.Labels.StatusName("raised"));
        await Expect(ben.Locator("a")).ToHaveTextAsync("Ben Okafor");
        await Expect(ben.Locator("[data-field=status]")).ToHaveTextAsync($"{Chain.Config.Labels.StatusName("claimed")} by {staff}");
        await Expect(detail.Locator("[data-field=currentVisitors]")).ToHaveTextAsync("2");
        await AssertTitleClearOfTopBarAsync(page);

        // A guest arrives and turns miserable; another leaves: the open detail follows both, no click, no reload.
        var asOf = await detail.Locator("[data-field=asOf]").TextContentAsync();
        await Silo.AtRiskAsync("vd-dee", venue, DateTimeOffset.UtcNow.AddMinutes(-2), "Dee Malik");
        await Silo.IngestAsync(KestrelSilo.Touchpoint("vd-ana-end", "vd-ana", venue, "visit.end"));
        await Expect(detail.Locator("li[data-customer-id='vd-dee'] a")).ToHaveTextAsync("Dee Malik", Patiently);
        await Expect(ana).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        await Expect(ben).ToHaveCountAsync(1);
        await Expect(detail.Locator("[data-field=currentVisitors]")).ToHaveTextAsync("2", Patiently);
        await Expect(detail.Locator("[data-field=asOf]")).Not.ToHaveTextAsync(asOf!, Patiently);

        // The guest who left is listed for the care team by name; no guest is ever shown by id.
        await Expect(page.Locator("#followups .followup strong")).ToHaveTextAsync(["Ana Rivera", "Cai Jones"], Patiently);
        await Expect(page.Locator("main")).Not.ToContainTextAsync("Guest vd-");
        await Expect(page.Locator("#who")).ToHaveTextAsync($"Signed in as {await UserNameAsync("chain.manager")}");

        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.KeepDocScreenshotAsync("dashboard-wall", fullPage: false);
        await page.KeepScreenshotAsync("dashboard-wall-detail");
        errors.AssertNone();
    }

    [Fact]
    public async Task The_heatmap_of_every_touchpoint_fits_without_scrolling_sideways_at_1440_and_1280_for_the_chain_and_one_venue()
    {
        // Misery at every touchpoint of every venue but one: the widest heatmap the chain can have. The one venue has
        // ten, as many as are written across before names run upwards.
        var kinds = Chain.Config.Touchpoints.Where(t => !t.IsMarker).Select(t => t.Kind).ToList();
        var across = 10;
        foreach (var (venue, i) in Chain.Venues.Select((v, i) => (v, i)))
        {
            var guest = $"hm-{i}";
            await Silo.IngestAsync([
                KestrelSilo.Touchpoint($"{guest}-start", guest, venue, "visit.start", at: DateTimeOffset.UtcNow.AddMinutes(-10)),
                .. kinds.Take(i == 4 ? across : kinds.Count)
                    .Select(k => KestrelSilo.Touchpoint($"{guest}-{k}", guest, venue, k, "misery", DateTimeOffset.UtcNow.AddMinutes(-5))),
            ]);
        }

        var (page, errors) = await Browser.OpenDashboardAsync(Silo, "chain.manager", _wall);
        var columns = page.Locator("#heatmap thead th[data-touchpoint]");
        await Expect(columns).ToHaveCountAsync(kinds.Count, new() { Timeout = 20_000 });
        await Expect(page.Locator("#heatmap tbody tr")).ToHaveCountAsync(Chain.Venues.Count);
        await Expect(page.Locator("#heatmap")).ToHaveClassAsync(new Regex(@"\bupright\b"));
        await AssertNoSidewaysScrollAsync(page, "the chain at 1440×900");
        // Names may wrap in a narrow column; the full name is on hover.
        Assert.StartsWith(Chain.Config.TouchpointName(kinds[0]), await page.Locator($"#heatmap thead th[data-touchpoint='{kinds[0]}']").GetAttributeAsync("title"));
        await page.KeepScreenshotAsync("dashboard-heatmap-1440");

        await page.SetViewportSizeAsync(_smallWall.Width, _smallWall.Height);
        await AssertNoSidewaysScrollAsync(page, "the chain at 1280×800");
        await page.KeepScreenshotAsync("dashboard-heatmap-1280");

        var (one, oneErrors) = await Browser.OpenDashboardAsync(Silo, $"manager.{KestrelSilo.Venue(4)}", _smallWall);
        await Expect(one.Locator("#heatmap thead th[data-touchpoint]")).ToHaveCountAsync(across, new() { Timeout = 20_000 });
        await Expect(one.Locator("#heatmap tbody tr")).ToHaveCountAsync(1);
        await Expect(one.Locator("#heatmap")).Not.ToHaveClassAsync(new Regex(@"\bupright\b"));
        await AssertNoSidewaysScrollAsync(one, "one venue at 1280×800");
        await one.SetViewportSizeAsync(_wall.Width, _wall.Height);
        await AssertNoSidewaysScrollAsync(one, "one venue at 1440×900");
        await one.KeepScreenshotAsync("dashboard-heatmap-one-venue");
        errors.AssertNone();
        oneErrors.AssertNone();
    }

    [Fact]
    public async Task The_moments_chart_leaves_out_the_unfinished_minute_and_its_legend_shows_the_latest_values_unhovered()
    {
        await AvoidMinuteBoundaryAsync();
        var venue = KestrelSilo.Venue(6);
        var now = DateTimeOffset.UtcNow;
        var lastMinute = now.AddMinutes(-1);
        // One misery in the last whole minute, two in the current one.
        await Silo.IngestAsync(
            KestrelSilo.Touchpoint("mc-start", "mc-guest", venue, "visit.start", at: now.AddMinutes(-3)),
            KestrelSilo.Touchpoint("mc-1", "mc-guest", venue, "complaint", at: lastMinute),
            KestrelSilo.Touchpoint("mc-2", "mc-guest", venue, "complaint", at: now),
            KestrelSilo.Touchpoint("mc-3", "mc-guest", venue, "staff.said_no", at: now));

        var (page, errors) = await Browser.OpenDashboardAsync(Silo, "chain.manager", _wall);
        var misery = Chain.Config.Labels.NameOf(ExperienceGrid.Domain.MomentKind.Misery);
        // Nobody hovers a wall screen: the legend shows the last drawn minute, the unfinished one is told apart.
        var legend = page.Locator("#moments-chart .u-legend .u-series");
        await Expect(legend.Nth(1).Locator(".u-value")).ToHaveTextAsync("1", Patiently);
        await Expect(legend.Nth(0).Locator(".u-value")).ToHaveTextAsync(new Regex(@"\d"));
        await Expect(page.Locator("#moments-now")).ToContainTextAsync($"This minute so far (drawn once it ends): 2 {misery}");
        await Expect(page.Locator("#moments-chart")).ToHaveAttributeAsync("aria-label", new Regex($"^Last 60 minutes: 3 {misery}, "));
        errors.AssertNone();
    }

    [Fact]
    public async Task With_seven_venues_to_draw_the_trend_charts_show_the_five_most_miserable_and_the_others_as_one_line()
    {
        // Minutes-old misery at seven venues; a complaint now at each makes the venue hand those minutes to its history.
        var seven = Chain.Venues.Take(7).ToList();
        foreach (var venue in seven)
        {
            await Silo.AtRiskAsync($"tc-{venue}", venue, DateTimeOffset.UtcNow.AddMinutes(-4));
            await Silo.IngestAsync(KestrelSilo.Touchpoint($"tc-now-{venue}", $"tc-now-{venue}", venue, "complaint", at: DateTimeOffset.UtcNow));
        }

        await Eventually.Until(
            () => Task.WhenAll(seven.Select(v => Silo.GetAsAsync("chain.manager", $"/api/venues/{v}/history"))),
            all => all.All(h => h.GetProperty("points").GetArrayLength() > 0),
            what: "every venue's misery in its history");
        var (page, errors) = await Browser.OpenDashboardAsync(Silo, "chain.manager", _wall);
        var labels = page.Locator("#misery-chart .u-legend .u-series .u-label");
        await Expect(labels).ToHaveCountAsync(7, new() { Timeout = 20_000 });
        var shown = await labels.AllTextContentsAsync();
        Assert.Equal("Others (2 venues)", shown[^1]);
        var names = Chain.Config.Venues.Where(v => seven.Contains(v.Id)).Select(v => v.Name).ToList();
        Assert.All(shown.Skip(1).Take(5), name => Assert.Contains(name, names));
        Assert.Equal(5, shown.Skip(1).Take(5).Distinct().Count());
        // Every line's latest value is in the legend without hovering.
        await Expect(page.Locator("#misery-chart .u-legend .u-series .u-value").Nth(6)).ToHaveTextAsync("100%");
        errors.AssertNone();
    }

    [Fact]
    public async Task With_the_grid_unreachable_the_dashboard_greys_its_numbers_and_says_since_when_they_are_stale()
    {
        await using var network = new DroppableProxy(Silo.BaseAddress);
        var page = await Browser.Context.NewPageAsync();
        await page.SetViewportSizeAsync(_wall.Width, _wall.Height);
        await page.GotoAsync(new Uri(network.Address, "/dashboard.html?user=chain.manager&password=demo").ToString());
        await Expect(page.Locator("#status")).ToHaveTextAsync("live", Patiently);
        await Expect(page.Locator("#stale")).ToBeHiddenAsync();
        await Expect(page.Locator("#numbers")).Not.ToHaveClassAsync(new Regex(@"\bstale\b"));

        network.Drop();
        await Expect(page.Locator("#stale")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(page.Locator("#stale")).ToHaveTextAsync(new Regex(@"These numbers are stale: they are as of \d\d:\d\d:\d\d\.$"));
        await Expect(page.Locator("#numbers")).ToHaveClassAsync(new Regex(@"\bstale\b"));
        Assert.Equal("grayscale(1)", await page.Locator("#numbers").EvaluateAsync<string>("e => getComputedStyle(e).filter"));
        await page.KeepScreenshotAsync("dashboard-stale");

        network.Restore();
        await Expect(page.Locator("#status")).ToHaveTextAsync("live", new() { Timeout = 30_000 });
        await Expect(page.Locator("#stale")).ToBeHiddenAsync();
        await Expect(page.Locator("#numbers")).Not.ToHaveClassAsync(new Regex(@"\bstale\b"));
    }

    private async Task AssertNoSidewaysScrollAsync(IPage page, string what)
    {
        var overflow = await page.EvaluateAsync<JsonElement>(SidewaysScroll);
        Assert.True(overflow.GetProperty("page").GetInt32() <= 0 && overflow.GetProperty("heatmap").GetInt32() <= 0,
            $"{what}: the page overflows by {overflow.GetProperty("page")} px, the heatmap by {overflow.GetProperty("heatmap")} px");
    }

    // The detail's title, scrolled to, is below the sticky top bar, not under it.
    internal static async Task AssertTitleClearOfTopBarAsync(IPage page)
    {
        await page.WaitForFunctionAsync(
            "() => { const t = document.querySelector('#drill h2').getBoundingClientRect(); return t.top >= document.querySelector('header').getBoundingClientRect().bottom && t.bottom <= innerHeight; }",
            null, new() { Timeout = 10_000 });
    }

    private async Task<string> UserNameAsync(string user)
    {
        var chain = await Silo.GetAsAsync("chain.manager", "/api/chain");
        var entry = chain.GetProperty("users").GetProperty(user);
        var role = Regex.Replace(entry.GetProperty("role").GetString()!, "([a-z])([A-Z])", "$1 $2").ToLowerInvariant();
        return $"{entry.GetProperty("name").GetString()} ({role})";
    }

    // A misery counted in "the last whole minute" must not become "this minute" while the test runs.
    private static async Task AvoidMinuteBoundaryAsync()
    {
        var second = DateTimeOffset.UtcNow.Second;
        if (second > 35)
        {
            await Task.Delay(TimeSpan.FromSeconds(61 - second));
        }
    }
}
