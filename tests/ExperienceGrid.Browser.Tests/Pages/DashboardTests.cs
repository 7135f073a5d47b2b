using ExperienceGrid.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExperienceGrid.Browser.Tests.Pages;

/// <summary>The chain dashboard as a manager sees it on a wall screen: charts, labelled numbers, stored follow-ups.</summary>
public sealed class DashboardTests : PageTest
{
    [Fact]
    public async Task A_chain_manager_sees_charts_with_axes_and_legends_labelled_numbers_and_names_instead_of_codes()
    {
        var (first, second) = (KestrelSilo.Venue(0), KestrelSilo.Venue(5));
        await Silo.AtRiskAsync("dc-a", first, DateTimeOffset.UtcNow.AddMinutes(-6));
        await Silo.AtRiskAsync("dc-b", second, DateTimeOffset.UtcNow.AddMinutes(-2));
        await Silo.IngestAsync(
            KestrelSilo.Touchpoint("dc-c-start", "dc-c", second, "visit.start", at: DateTimeOffset.UtcNow.AddMinutes(-3)),
            KestrelSilo.Touchpoint("dc-c-check-in", "dc-c", second, "staff.check_in", at: DateTimeOffset.UtcNow.AddMinutes(-2)),
            KestrelSilo.Touchpoint("dc-c-no", "dc-c", second, "staff.said_no", at: DateTimeOffset.UtcNow.AddMinutes(-1)));
        await Silo.ClaimAsync($"{first}:1", $"manager.{first}");
        await Silo.IngestAsync(
            KestrelSilo.Touchpoint("dc-b-apology", "dc-b", second, "apology"),
            KestrelSilo.Touchpoint("dc-b-end", "dc-b", second, "visit.end"));

        var (page, errors) = await OpenDashboardAsync("chain.manager");
        var tile = page.Locator($".tile[data-venue-id='{first}']");
        await Expect(tile.Locator("[data-field=openAlerts]")).ToHaveTextAsync("1", Patiently);

        // Moments per minute: a drawn canvas with its axes' labels and a legend naming the three kinds.
        var moments = page.Locator("#moments-chart");
        await Expect(moments.Locator("canvas")).ToHaveCountAsync(1);
        Assert.Equal(("time", "moments / min"), (await moments.GetAttributeAsync("data-x-label"), await moments.GetAttributeAsync("data-y-label")));
        await Expect(moments.Locator(".u-legend .u-series .u-label")).ToHaveTextAsync(["time", "Misery", "Mediocrity", "WOW"]);
        Assert.True(await DrawnPixelsAsync(page, "#moments-chart") > 2000, "the moments chart drew its axes and lines");

        // Per-venue trends come from the grid's history (DashboardHistoryTests), and say so.
        await Expect(page.Locator("[data-note=history]")).ToContainTextAsync("From the grid's history", new() { Timeout = 20_000 });

        // Every number says what it is.
        await Expect(tile.Locator("dt")).ToHaveTextAsync(["Guests now", "Visit score", "Open alerts", "Recovered", "In time", "Prevented"]);
        await Expect(tile.Locator(".moments")).ToContainTextAsync("Last hour: 2 Misery · 0 Mediocrity · 0 WOW");
        await Expect(page.Locator("#totals .label")).ToContainTextAsync(["Venues", "Guests in venues", "Average visit score", "Open alerts", "Recovery rate"]);

        // The heatmap names touchpoints and has a scale; no raw codes anywhere on the page.
        var saidNo = Chain.Config.TouchpointName("staff.said_no");
        await Expect(page.Locator("#heatmap thead th[data-touchpoint='staff.said_no']")).ToHaveTextAsync(saidNo, Patiently);
        await Expect(page.Locator("#heat-scale")).ToContainTextAsync("misery moments per cell");
        await Expect(page.Locator("#heatmap tbody tr", new() { HasText = Chain.Config.Venues[5].Name }).Locator("td").First).ToHaveTextAsync("2", Patiently);
        await Expect(page.Locator("main")).Not.ToContainTextAsync("staff.said_no");

        // The venue: priorities as levels, the number on hover.
        await tile.ClickAsync();
        var priority = page.Locator("#drill .priority").First;
        await Expect(priority).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(Urgent|High|Watch)$"), Patiently);
        Assert.StartsWith("priority ", await priority.GetAttributeAsync("title"));

        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.KeepScreenshotAsync("dashboard-chain");
        errors.AssertNone();
    }

    [Fact]
    public async Task A_stored_follow_up_is_listed_after_a_reload_a_new_one_arrives_live_and_marked_done_stays_done()
    {
        var venue = KestrelSilo.Venue(3);
        var venueName = Chain.Config.Venues[3].Name;

        // Raised before any dashboard is open: only storage can show it.
        await Silo.AtRiskAsync("fu-guest", venue, DateTimeOffset.UtcNow.AddMinutes(-5));
        await Silo.IngestAsync(KestrelSilo.Touchpoint("fu-guest-end", "fu-guest", venue, "visit.end"));
        var checkout = KestrelSilo.Touchpoint("wow-guest-checkout", "wow-guest", venue, "checkout");
        checkout["value"] = 2;
        await Silo.IngestAsync(
            KestrelSilo.Touchpoint("wow-guest-start", "wow-guest", venue, "visit.start", at: DateTimeOffset.UtcNow.AddMinutes(-4)),
            KestrelSilo.Touchpoint("wow-guest-complaint", "wow-guest", venue, "complaint", at: DateTimeOffset.UtcNow.AddMinutes(-3)),
            KestrelSilo.Touchpoint("wow-guest-apology", "wow-guest", venue, "apology", at: DateTimeOffset.UtcNow.AddMinutes(-2)),
            checkout);

        var (page, errors) = await OpenDashboardAsync($"manager.{venue}");
        var followUp = page.Locator("#followups .followup", new() { HasText = "Guest fu-guest" });
        await Expect(followUp).ToContainTextAsync(venueName, new() { Timeout = 20_000 });
        await Expect(followUp).ToContainTextAsync($"Unrecovered: {Chain.Config.TouchpointName("staff.said_no")}, {Chain.Config.TouchpointName("complaint")}");
        var wow = page.Locator("#wows .followup", new() { HasText = "Guest wow-guest" });
        await Expect(wow).ToContainTextAsync($"At {Chain.Config.TouchpointName("checkout")}", new() { Timeout = 20_000 });

        // One raised while the page is open arrives live.
        await Silo.AtRiskAsync("fu-live", venue, DateTimeOffset.UtcNow.AddMinutes(-3));
        await Silo.IngestAsync(KestrelSilo.Touchpoint("fu-live-end", "fu-live", venue, "visit.end"));
        var live = page.Locator("#followups .followup", new() { HasText = "Guest fu-live" });
        await Expect(live).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        await Expect(page.Locator("#followup-count")).ToHaveTextAsync("2 open");
        await page.KeepScreenshotAsync("dashboard-followups");

        await page.ReloadAsync();
        await Expect(followUp).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        // A care follow-up is done with what came of the call.
        await followUp.Locator("button.done").ClickAsync();
        await followUp.Locator(".outcomes button[data-outcome=noAnswer]").ClickAsync();
        await Expect(followUp).ToHaveCountAsync(0, new() { Timeout = 20_000 });

        await page.ReloadAsync();
        await Expect(page.Locator("#status")).ToHaveTextAsync("live", Patiently);
        await Expect(wow).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        await Expect(live).ToHaveCountAsync(1);
        await Expect(followUp).ToHaveCountAsync(0);
        await Expect(page.Locator("#followup-count")).ToHaveTextAsync("1 open");
        errors.AssertNone();
    }

    [Fact]
    public async Task A_venue_managers_totals_chart_and_heatmap_follow_a_touchpoint_ingested_while_the_page_is_open()
    {
        var venue = KestrelSilo.Venue(9);
        var (page, errors) = await OpenDashboardAsync($"manager.{venue}");
        var misery = page.Locator(".total", new() { HasText = $"{Chain.Config.Labels.NameOf(ExperienceGrid.Domain.MomentKind.Misery)} moments" }).Locator(".value");
        await Expect(misery).ToHaveTextAsync("0 / hour", Patiently);
        await Expect(page.Locator("#heatmap")).ToContainTextAsync("No misery in the last 60 minutes.");
        var chart = page.Locator("#moments-chart");
        await Expect(chart).ToHaveAttributeAsync("aria-label", "Last 60 minutes: 0 Misery, 0 Mediocrity, 0 WOW moments");

        await Silo.IngestAsync(
            KestrelSilo.Touchpoint("vm-start", "vm-guest", venue, "visit.start", at: DateTimeOffset.UtcNow.AddSeconds(-20)),
            KestrelSilo.Touchpoint("vm-no", "vm-guest", venue, "staff.said_no"));

        await Expect(misery).ToHaveTextAsync("1 / hour", Patiently);
        await Expect(page.Locator(".total", new() { HasText = "Guests in venues" }).Locator(".value")).ToHaveTextAsync("1 now");
        await Expect(page.Locator("#heatmap thead th[data-touchpoint='staff.said_no']")).ToHaveTextAsync(Chain.Config.TouchpointName("staff.said_no"), Patiently);
        await Expect(page.Locator("#heatmap tbody td").First).ToHaveTextAsync("1");
        await Expect(chart).ToHaveAttributeAsync("aria-label", "Last 60 minutes: 1 Misery, 0 Mediocrity, 0 WOW moments");
        errors.AssertNone();
    }

    // The wall-screen size these tests were written at.
    private Task<(IPage Page, ConsoleErrors Errors)> OpenDashboardAsync(string user) =>
        Browser.OpenDashboardAsync(Silo, user, new ViewportSize { Width = 1600, Height = 1000 });

    // Pixels a canvas under the selector has painted: axes, ticks and lines, not an empty box.
    private static Task<int> DrawnPixelsAsync(IPage page, string selector) =>
        page.EvaluateAsync<int>(
            """
            selector => {
              const canvas = document.querySelector(`${selector} canvas`);
              const data = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
              let painted = 0;
              for (let i = 3; i < data.length; i += 4) if (data[i] > 0) painted++;
              return painted;
            }
            """,
            selector);
}
