using ExperienceGrid.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ExperienceGrid.Browser.Tests.Pages;

public sealed class FloorNudgeTests : PageTest
{
    [Fact]
    public async Task Staff_see_a_nudge_below_the_alerts_offer_care_and_the_dashboard_counts_the_misery_prevented()
    {
        var venue = KestrelSilo.Venue(8);
        var floor = await Browser.OpenAsync(new Uri(Silo.BaseAddress, $"/floor.html?user=staff.{venue}&password=demo"), width: 414);
        var dashboard = await Browser.OpenAsync(new Uri(Silo.BaseAddress, "/dashboard.html?user=chain.manager&password=demo"));
        await Expect(floor.Locator("#status")).ToHaveTextAsync("live", Patiently);
        await Expect(dashboard.Locator("#status")).ToHaveTextAsync("live", Patiently);

        var wait = KestrelSilo.Touchpoint("bn-wait", "bn-waiting", venue, "queue.wait");
        wait["value"] = 5;
        await Silo.IngestAsync(
            KestrelSilo.Touchpoint("bn-no", "bn-risk", venue, "staff.said_no"),
            KestrelSilo.Touchpoint("bn-complaint", "bn-risk", venue, "complaint"),
            wait);

        var alert = floor.Locator(".alert[data-customer-id='bn-risk']");
        var nudge = floor.Locator(".nudge[data-customer-id='bn-waiting']");
        await Expect(alert).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        await Expect(nudge.Locator(".left")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^misery (in \\d+:\\d\\d|now)$"), Patiently);
        Assert.True((await alert.BoundingBoxAsync())!.Y < (await nudge.BoundingBoxAsync())!.Y, "an alert is listed above any nudge");
        await floor.ScreenshotAsync(new() { Path = Artifacts.Screenshot("floor-nudge"), FullPage = true });

        // A nudged guest who then turns at risk is handled through the alert: the nudge card goes.
        var both = KestrelSilo.Touchpoint("bn-both-wait", "bn-both", venue, "queue.wait");
        both["value"] = 5;
        await Silo.IngestAsync(both);
        await Expect(floor.Locator(".nudge[data-customer-id='bn-both']")).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        await Silo.IngestAsync(
            KestrelSilo.Touchpoint("bn-both-no", "bn-both", venue, "staff.said_no"),
            KestrelSilo.Touchpoint("bn-both-complaint", "bn-both", venue, "complaint"));
        await Expect(floor.Locator(".alert[data-customer-id='bn-both']")).ToHaveCountAsync(1, new() { Timeout = 20_000 });
        await Expect(floor.Locator(".nudge[data-customer-id='bn-both']")).ToHaveCountAsync(0);

        await nudge.Locator("button.offer").First.ClickAsync();
        await Expect(nudge).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        await Expect(floor.Locator("#nudge-count")).ToHaveTextAsync("0", Patiently);

        await Silo.IngestAsync(KestrelSilo.Touchpoint("bn-end", "bn-waiting", venue, "visit.end"));
        var tile = dashboard.Locator($".tile[data-venue-id='{venue}']");
        await Expect(tile.Locator("[data-field=miseriesPrevented]")).ToHaveTextAsync("1", Patiently);
        await dashboard.ScreenshotAsync(new() { Path = Artifacts.Screenshot("dashboard-prevented"), FullPage = true });
    }
}
