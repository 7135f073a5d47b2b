using ExperienceGrid.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ExperienceGrid.Browser.Tests.Pages;

/// <summary>The chain dashboard on a 390×844 touch phone: nothing scrolls the page sideways, the venue detail reads.</summary>
public sealed class DashboardPhoneTests : PageTest
{
    protected override bool Phone => true;

    [Fact]
    public async Task On_a_phone_the_page_never_scrolls_sideways_and_the_venue_detail_title_is_clear_of_the_top_bar()
    {
        var venue = KestrelSilo.Venue(8);
        await Silo.AtRiskAsync("ph-guest", venue, DateTimeOffset.UtcNow.AddMinutes(-3), "Femi Adeyemi");

        var (page, errors) = await Browser.OpenWatchedAsync(new Uri(Silo.BaseAddress, "/dashboard.html?user=chain.manager&password=demo"));
        await Expect(page.Locator("#status")).ToHaveTextAsync("live", Patiently);
        await Expect(page.Locator("#heatmap thead th[data-touchpoint]")).ToHaveCountAsync(2, new() { Timeout = 20_000 });
        Assert.True(await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - innerWidth") <= 0, "the page scrolls sideways on a phone");

        await page.Locator($".tile[data-venue-id='{venue}']").TapAsync();
        await Expect(page.Locator("#drill li[data-customer-id='ph-guest'] a")).ToHaveTextAsync("Femi Adeyemi", Patiently);
        await DashboardWallTests.AssertTitleClearOfTopBarAsync(page);
        await page.KeepScreenshotAsync("dashboard-phone-detail");
        errors.AssertNone();
    }
}
