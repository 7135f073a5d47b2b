using ExperienceGrid.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ExperienceGrid.Browser.Tests.Pages;

/// <summary>The journey map's venue-type tabs: only the types the signed-in user has a venue of.</summary>
public sealed class JourneyTabsTests : PageTest
{
    [Fact]
    public async Task A_user_is_offered_only_the_venue_types_of_their_own_venues()
    {
        var labels = Chain.Config.Labels;
        var cafe = Chain.Config.Venues.First(v => Chain.Config.BrandOf(v.Id).VenueType == "cafe");

        var (chain, chainErrors) = await Browser.OpenWatchedAsync(new Uri(Silo.BaseAddress, "/journey.html?user=chain.manager&password=demo"));
        await Expect(chain.Locator(".tab")).ToHaveTextAsync([labels.VenueTypeName("restaurant"), labels.VenueTypeName("cafe")], Patiently);

        // A café manager has no restaurant: no Restaurants tab, and the map opens on Cafés, not on an empty type.
        var (mine, mineErrors) = await Browser.OpenWatchedAsync(new Uri(Silo.BaseAddress, $"/journey.html?user=manager.{cafe.Id}&password=demo"));
        await Expect(mine.Locator(".tab")).ToHaveTextAsync([labels.VenueTypeName("cafe")], Patiently);
        await Expect(mine.Locator(".tab[aria-selected=true]")).ToHaveTextAsync(labels.VenueTypeName("cafe"));
        await Expect(mine.Locator("#scope")).ToHaveTextAsync("1 venue");

        // An old link to a type the user has none of opens on one they have.
        await mine.GotoAsync(new Uri(Silo.BaseAddress, "/journey.html?venueType=restaurant").ToString());
        await Expect(mine.Locator(".tab[aria-selected=true]")).ToHaveTextAsync(labels.VenueTypeName("cafe"), Patiently);
        await Expect(mine.Locator(".tab")).ToHaveCountAsync(1);
        chainErrors.AssertNone();
        mineErrors.AssertNone();
    }
}
