using System.Text.RegularExpressions;
using ExperienceGrid.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ExperienceGrid.Browser.Tests.Pages;

public sealed class FloorAndDashboardTests : PageTest
{
    [Fact]
    public async Task Staff_see_an_alert_from_ingested_misery_claim_and_resolve_it_and_the_dashboard_tile_follows()
    {
        var venue = KestrelSilo.Venue(1);
        var floor = await Browser.OpenAsync(new Uri(Silo.BaseAddress, $"/floor.html?user=staff.{venue}&password=demo"), width: 414);
        var dashboard = await Browser.OpenAsync(new Uri(Silo.BaseAddress, "/dashboard.html?user=chain.manager&password=demo"));
        await Expect(floor.Locator("#status")).ToHaveTextAsync("live", Patiently);
        await Expect(dashboard.Locator("#status")).ToHaveTextAsync("live", Patiently);
        var tile = dashboard.Locator($".tile[data-venue-id='{venue}']");
        await Expect(tile.Locator("[data-field=openAlerts]")).ToHaveTextAsync("0", Patiently);

        await Silo.IngestAsync(
            KestrelSilo.Touchpoint("bt-start", "bt-guest", venue, "visit.start"),
            KestrelSilo.Touchpoint("bt-no", "bt-guest", venue, "staff.said_no"),
            KestrelSilo.Touchpoint("bt-complaint", "bt-guest", venue, "complaint"));

        var card = floor.Locator(".alert[data-customer-id='bt-guest']");
        await Expect(card.Locator(".name")).ToHaveTextAsync("Guest bt-guest", Patiently);
        await Expect(card.Locator(".top-reason")).Not.ToBeEmptyAsync();
        await card.Locator(".more summary").ClickAsync();
        await Expect(card.Locator(".reasons li").First).ToBeVisibleAsync();
        await Expect(card.Locator(".playbook label").First).ToBeVisibleAsync();
        await Expect(tile.Locator("[data-field=openAlerts]")).ToHaveTextAsync("1", Patiently);
        await floor.ScreenshotAsync(new() { Path = Artifacts.Screenshot("floor-alert-raised"), FullPage = true });
        await dashboard.ScreenshotAsync(new() { Path = Artifacts.Screenshot("dashboard-alert-open"), FullPage = true });

        await card.Locator("button.claim").ClickAsync();
        await Expect(card).ToHaveAttributeAsync("data-status", "claimed", new() { Timeout = 20_000 });
        await Expect(card.Locator(".state")).ToHaveTextAsync($"{Chain.Config.Labels.StatusName("claimed")} by {await FloorPeople.LabelAsync(Silo, $"staff.{venue}")}", Patiently);
        await card.Locator(".note").FillAsync("comped dessert");
        await card.Locator("button.resolve").ClickAsync();
        await Expect(card).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        await Expect(tile.Locator("[data-field=openAlerts]")).ToHaveTextAsync("0", Patiently);

        // The guest leaves better off than at the alert: the venue's recovery rate shows it.
        await Silo.IngestAsync(KestrelSilo.Touchpoint("bt-end", "bt-guest", venue, "visit.end"));
        await Expect(tile.Locator("[data-field=recoveryRate]")).ToHaveTextAsync("100%", Patiently);
        await floor.ScreenshotAsync(new() { Path = Artifacts.Screenshot("floor-alert-resolved"), FullPage = true });
        await dashboard.ScreenshotAsync(new() { Path = Artifacts.Screenshot("dashboard-recovered"), FullPage = true });
    }

    [Fact]
    public async Task The_floor_page_reconnects_by_itself_after_a_network_drop_and_catches_up()
    {
        var venue = KestrelSilo.Venue(2);
        await using var network = new DroppableProxy(Silo.BaseAddress);
        var floor = await Browser.OpenAsync(new Uri(network.Address, $"/floor.html?user=staff.{venue}&password=demo"), width: 414);
        await Expect(floor.Locator("#status")).ToHaveTextAsync("live", Patiently);

        // The client either retries the lost connection ("reconnecting") or, when the transport closed it for
        // good, starts a new one ("offline"); the page retries forever either way.
        network.Drop();
        await Expect(floor.Locator("#status")).ToHaveTextAsync(new Regex("^(reconnecting|offline)$"), Patiently);
        await Silo.IngestAsync(
            KestrelSilo.Touchpoint("rc-start", "rc-guest", venue, "visit.start"),
            KestrelSilo.Touchpoint("rc-no", "rc-guest", venue, "staff.said_no"));
        network.Restore();

        // Nobody reloads the page: it reconnects, joins again and shows the alert raised while it was away.
        await Expect(floor.Locator("#status")).ToHaveTextAsync("live", new() { Timeout = 30_000 });
        await Expect(floor.Locator(".alert[data-customer-id='rc-guest'] .name")).ToHaveTextAsync("Guest rc-guest", Patiently);
    }

    [Fact]
    public async Task Staff_of_another_venue_never_see_the_alert()
    {
        var (here, there) = (KestrelSilo.Venue(3), KestrelSilo.Venue(4));
        var other = await Browser.OpenAsync(new Uri(Silo.BaseAddress, $"/floor.html?user=staff.{there}&password=demo"), width: 414);
        var mine = await Browser.OpenAsync(new Uri(Silo.BaseAddress, $"/floor.html?user=staff.{here}&password=demo"), width: 414);
        await Expect(other.Locator("#status")).ToHaveTextAsync("live", Patiently);
        await Expect(mine.Locator("#status")).ToHaveTextAsync("live", Patiently);

        await Silo.IngestAsync(
            KestrelSilo.Touchpoint("iso-start", "iso-guest", here, "visit.start"),
            KestrelSilo.Touchpoint("iso-no", "iso-guest", here, "staff.said_no"));
        await Expect(mine.Locator(".alert[data-customer-id='iso-guest'] .name")).ToHaveTextAsync("Guest iso-guest", Patiently);

        await Expect(other.Locator(".alert")).ToHaveCountAsync(0);
        Assert.Single(await other.Locator("#venue option").AllAsync());
    }
}
