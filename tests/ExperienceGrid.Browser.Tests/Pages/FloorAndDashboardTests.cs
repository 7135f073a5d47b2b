using System.Text.RegularExpressions;
using ExperienceGrid.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExperienceGrid.Browser.Tests.Pages;

public sealed class FloorAndDashboardTests : IAsyncLifetime
{
    private static readonly LocatorAssertionsToHaveTextOptions _patiently = new() { Timeout = 20_000 };
    private KestrelSilo _silo = null!;
    private Chromium _chromium = null!;

    public async Task InitializeAsync()
    {
        _silo = new KestrelSilo();
        _chromium = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        await _silo.DisposeAsync();
    }

    [Fact]
    public async Task Staff_see_an_alert_from_ingested_misery_claim_and_resolve_it_and_the_dashboard_tile_follows()
    {
        var venue = KestrelSilo.Venue(1);
        var floor = await _chromium.OpenAsync(new Uri(_silo.BaseAddress, $"/floor.html?user=staff.{venue}&password=demo"), width: 414);
        var dashboard = await _chromium.OpenAsync(new Uri(_silo.BaseAddress, "/dashboard.html?user=chain.manager&password=demo"));
        await Expect(floor.Locator("#status")).ToHaveTextAsync("live", _patiently);
        await Expect(dashboard.Locator("#status")).ToHaveTextAsync("live", _patiently);
        var tile = dashboard.Locator($".tile[data-venue-id='{venue}']");
        await Expect(tile.Locator("[data-field=openAlerts]")).ToHaveTextAsync("0", _patiently);

        await _silo.IngestAsync(
            KestrelSilo.Touchpoint("bt-start", "bt-guest", venue, "visit.start"),
            KestrelSilo.Touchpoint("bt-no", "bt-guest", venue, "staff.said_no"),
            KestrelSilo.Touchpoint("bt-complaint", "bt-guest", venue, "complaint"));

        var card = floor.Locator(".alert[data-customer-id='bt-guest']");
        await Expect(card.Locator(".name")).ToHaveTextAsync("Guest bt-guest", _patiently);
        await Expect(card.Locator(".reasons li").First).ToBeVisibleAsync();
        await Expect(card.Locator(".playbook label").First).ToBeVisibleAsync();
        await Expect(tile.Locator("[data-field=openAlerts]")).ToHaveTextAsync("1", _patiently);
        await floor.ScreenshotAsync(new() { Path = Artifacts.Screenshot("floor-alert-raised"), FullPage = true });
        await dashboard.ScreenshotAsync(new() { Path = Artifacts.Screenshot("dashboard-alert-open"), FullPage = true });

        await card.Locator("button.claim").ClickAsync();
        await Expect(card).ToHaveAttributeAsync("data-status", "claimed", new() { Timeout = 20_000 });
        await Expect(card.Locator(".state")).ToHaveTextAsync($"claimed by staff.{venue}", _patiently);
        await card.Locator(".note").FillAsync("comped dessert");
        await card.Locator("button.resolve").ClickAsync();
        await Expect(card).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        await Expect(tile.Locator("[data-field=openAlerts]")).ToHaveTextAsync("0", _patiently);

        // The guest leaves better off than at the alert: the venue's recovery rate shows it.
        await _silo.IngestAsync(KestrelSilo.Touchpoint("bt-end", "bt-guest", venue, "visit.end"));
        await Expect(tile.Locator("[data-field=recoveryRate]")).ToHaveTextAsync("100%", _patiently);
        await floor.ScreenshotAsync(new() { Path = Artifacts.Screenshot("floor-alert-resolved"), FullPage = true });
        await dashboard.ScreenshotAsync(new() { Path = Artifacts.Screenshot("dashboard-recovered"), FullPage = true });
    }

    [Fact]
    public async Task The_floor_page_reconnects_by_itself_after_a_network_drop_and_catches_up()
    {
        var venue = KestrelSilo.Venue(2);
        await using var network = new DroppableProxy(_silo.BaseAddress);
        var floor = await _chromium.OpenAsync(new Uri(network.Address, $"/floor.html?user=staff.{venue}&password=demo"), width: 414);
        await Expect(floor.Locator("#status")).ToHaveTextAsync("live", _patiently);

        // The client either retries the lost connection ("reconnecting") or, when the transport closed it for
        // good, starts a new one ("offline"); the page retries forever either way.
        network.Drop();
        await Expect(floor.Locator("#status")).ToHaveTextAsync(new Regex("^(reconnecting|offline)$"), _patiently);
        await _silo.IngestAsync(
            KestrelSilo.Touchpoint("rc-start", "rc-guest", venue, "visit.start"),
            KestrelSilo.Touchpoint("rc-no", "rc-guest", venue, "staff.said_no"));
        network.Restore();

        // Nobody reloads the page: it reconnects, joins again and shows the alert raised while it was away.
        await Expect(floor.Locator("#status")).ToHaveTextAsync("live", new() { Timeout = 30_000 });
        await Expect(floor.Locator(".alert[data-customer-id='rc-guest'] .name")).ToHaveTextAsync("Guest rc-guest", _patiently);
    }

    [Fact]
    public async Task Staff_of_another_venue_never_see_the_alert()
    {
        var (here, there) = (KestrelSilo.Venue(3), KestrelSilo.Venue(4));
        var other = await _chromium.OpenAsync(new Uri(_silo.BaseAddress, $"/floor.html?user=staff.{there}&password=demo"), width: 414);
        var mine = await _chromium.OpenAsync(new Uri(_silo.BaseAddress, $"/floor.html?user=staff.{here}&password=demo"), width: 414);
        await Expect(other.Locator("#status")).ToHaveTextAsync("live", _patiently);
        await Expect(mine.Locator("#status")).ToHaveTextAsync("live", _patiently);

        await _silo.IngestAsync(
            KestrelSilo.Touchpoint("iso-start", "iso-guest", here, "visit.start"),
            KestrelSilo.Touchpoint("iso-no", "iso-guest", here, "staff.said_no"));
        await Expect(mine.Locator(".alert[data-customer-id='iso-guest'] .name")).ToHaveTextAsync("Guest iso-guest", _patiently);

        await Expect(other.Locator(".alert")).ToHaveCountAsync(0);
        Assert.Single(await other.Locator("#venue option").AllAsync());
    }
}
