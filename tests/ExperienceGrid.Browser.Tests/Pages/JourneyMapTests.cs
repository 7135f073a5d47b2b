using System.Text.Json;
using ExperienceGrid.Browser.Tests.Infrastructure;
using ExperienceGrid.Domain;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExperienceGrid.Browser.Tests.Pages;

public sealed class JourneyMapTests : IAsyncLifetime
{
    private const string TotalVolume = "() => [...document.querySelectorAll('.cell [data-field=volume]')].reduce((sum, e) => sum + Number(e.textContent), 0)";
    private static readonly LocatorAssertionsToHaveTextOptions _patiently = new() { Timeout = 20_000 };
    private KestrelSilo? _silo;
    private Chromium _chromium = null!;

    public async Task InitializeAsync() => _chromium = await Chromium.LaunchAsync();

    public async Task DisposeAsync()
    {
        await _chromium.DisposeAsync();
        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_journey_map_renders_the_demo_chains_six_stages_and_its_cells_change_as_the_demo_runs()
    {
        _silo = new KestrelSilo(new Dictionary<string, string> { ["Demo:Enabled"] = "true", ["Demo:EventsPerSecond"] = "30" });
        var page = await _chromium.OpenAsync(new Uri(_silo.BaseAddress, "/journey.html?user=chain.manager&password=demo"));
        await Expect(page.Locator("#status")).ToHaveTextAsync("live", _patiently);

        await Expect(page.Locator(".tab[aria-selected=true]")).ToHaveTextAsync(Chain.Config.Labels.VenueTypeName("restaurant"), _patiently);
        await Expect(page.Locator(".stage h2")).ToHaveTextAsync([.. Enum.GetValues<JourneyStage>().Select(Chain.Config.Labels.NameOf)], new() { Timeout = 20_000 });
        foreach (var stage in Enum.GetValues<JourneyStage>())
        {
            var kinds = Chain.Config.Touchpoints.Where(t => t.Stage == stage && !t.IsMarker).Select(t => t.Name).ToArray();
            var name = JsonNamingPolicy.CamelCase.ConvertName(stage.ToString());
            await Expect(page.Locator($".stage[data-stage='{name}'] .cell h3")).ToHaveTextAsync(kinds);
        }

        // The simulator keeps sending: the cells' numbers move without a reload.
        await page.WaitForFunctionAsync($"({TotalVolume})() > 0", null, new() { Timeout = 30_000 });
        var before = await page.EvaluateAsync<long>(TotalVolume);
        await page.WaitForFunctionAsync($"before => ({TotalVolume})() !== before", before, new() { Timeout = 30_000 });
        await page.WaitForFunctionAsync($"before => ({TotalVolume})() >= before + 50", before, new() { Timeout = 60_000 }); // a fuller map to keep
        await page.ScreenshotAsync(new() { Path = Artifacts.Screenshot("journey-map-demo"), FullPage = true });
    }

    [Fact]
    public async Task A_cell_shows_the_change_against_last_week_follows_new_touchpoints_and_drills_into_the_worst_venues()
    {
        await HourBoundary.AvoidAsync();
        _silo = new KestrelSilo();
        var venue = Chain.Config.Venues.First(v => v.BrandId == "ember" && v.RegionId == "south");
        var now = DateTimeOffset.UtcNow;
        await _silo.IngestAsync(
            KestrelSilo.Touchpoint("jm-old-1", "jm-old", venue.Id, "greeting", "misery", HourBoundary.WeekAgo(now)),
            KestrelSilo.Touchpoint("jm-old-2", "jm-old", venue.Id, "greeting", "misery", HourBoundary.WeekAgo(now)),
            KestrelSilo.Touchpoint("jm-old-3", "jm-old", venue.Id, "greeting", "wow", HourBoundary.WeekAgo(now)));
        await _silo.IngestAsync(KestrelSilo.Touchpoint("jm-new-1", "jm-new", venue.Id, "greeting", "misery", now));
        await UntilAsync(async () => (await GreetingAsync(venue.Id)) is { } g && g.GetProperty("lastWeek").ValueKind == JsonValueKind.Object);

        var page = await _chromium.OpenAsync(new Uri(_silo.BaseAddress, "/journey.html?user=chain.manager&password=demo"));
        await Expect(page.Locator("#status")).ToHaveTextAsync("live", _patiently);
        await page.Locator(".tab[data-venue-type=cafe]").ClickAsync();
        await Expect(page.Locator(".tab[aria-selected=true]")).ToHaveTextAsync(Chain.Config.Labels.VenueTypeName("cafe"), _patiently);
        await page.Locator("#region").SelectOptionAsync(venue.RegionId);
        await Expect(page.Locator($"#venue option[value='{venue.Id}']")).ToHaveCountAsync(1);
        await page.Locator("#venue").SelectOptionAsync(venue.Id);
        await Expect(page.Locator("#scope")).ToHaveTextAsync("1 venue", _patiently);

        var greeting = page.Locator(".cell[data-touchpoint='greeting']");
        await Expect(greeting.Locator("[data-field=volume]")).ToHaveTextAsync("1", _patiently);
        await Expect(greeting.Locator("[data-field=change]")).ToHaveTextAsync("misery +33 pts · 3 → 1 moments vs last week", _patiently);
        await Expect(page.Locator(".cell[data-touchpoint='queue.wait'] [data-field=change]")).ToHaveTextAsync("no data last week");

        // Three WOW greetings arrive: the dashboard hub's push updates the cell, no reload.
        await _silo.IngestAsync(
            KestrelSilo.Touchpoint("jm-new-2", "jm-new", venue.Id, "greeting", "wow"),
            KestrelSilo.Touchpoint("jm-new-3", "jm-new", venue.Id, "greeting", "wow"),
            KestrelSilo.Touchpoint("jm-new-4", "jm-new", venue.Id, "greeting", "wow"));
        await Expect(greeting.Locator("[data-field=volume]")).ToHaveTextAsync("4", _patiently);
        await Expect(greeting.Locator("[data-field=wow]")).ToHaveTextAsync("3");
        await Expect(greeting.Locator("[data-field=change]")).ToHaveTextAsync("misery -42 pts · 3 → 4 moments vs last week");

        await greeting.ClickAsync();
        var worst = page.Locator($"#worst li[data-venue-id='{venue.Id}']");
        await Expect(worst).ToContainTextAsync("25% misery (1 of 4 moments)");
        await page.ScreenshotAsync(new() { Path = Artifacts.Screenshot("journey-map-vs-last-week"), FullPage = true });

        await worst.Locator("a").ClickAsync();
        await Expect(page.Locator("#drill h2")).ToContainTextAsync(venue.Name, new() { Timeout = 20_000 });
    }

    private async Task<JsonElement?> GreetingAsync(string venueId)
    {
        var map = await _silo!.GetAsAsync("chain.manager", $"/api/journey?venueId={venueId}");
        return map.GetProperty("stages")[0].GetProperty("cells").EnumerateArray().Single(c => c.GetProperty("touchpoint").GetString() == "greeting");
    }

    private static async Task UntilAsync(Func<Task<bool>> done)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!await done())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The journey API never showed last week's hour.");
            }

            await Task.Delay(50);
        }
    }
}
