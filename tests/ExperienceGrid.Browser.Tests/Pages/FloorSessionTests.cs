using ExperienceGrid.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ExperienceGrid.Browser.Tests.Pages;

/// <summary>The floor page around the cards: no status before sign-in, what survives a reload, a venue not theirs.</summary>
public sealed class FloorSessionTests : PageTest
{
    protected override bool Phone => true;

    [Fact]
    public async Task The_sign_in_form_shows_no_connection_status_until_someone_signed_in()
    {
        var venue = KestrelSilo.Venue(12);
        var (floor, errors) = await Browser.OpenWatchedAsync(new Uri(Silo.BaseAddress, "/floor.html"));
        await Expect(floor.Locator("#signin")).ToBeVisibleAsync();
        await Expect(floor.Locator("#status")).ToBeHiddenAsync();
        Assert.DoesNotContain("offline", await floor.Locator("body").InnerTextAsync());
        await floor.KeepScreenshotAsync("floor-phone-signin");

        await floor.Locator("#signin input[name=user]").FillAsync($"staff.{venue}");
        await floor.Locator("#signin input[name=password]").FillAsync("demo");
        await floor.Locator("#signin button[type=submit]").TapAsync();
        await Expect(floor.Locator("#status")).ToHaveTextAsync("live", Patiently);
        await Expect(floor.Locator("#status")).ToBeVisibleAsync();
        errors.AssertNone();
    }

    [Fact]
    public async Task A_reload_keeps_the_open_fold_and_the_half_typed_action_and_note_of_each_card()
    {
        var venue = KestrelSilo.Venue(13);
        var (floor, errors) = await Browser.OpenWatchedAsync(new Uri(Silo.BaseAddress, $"/floor.html?user=staff.{venue}&password=demo"));
        await Expect(floor.Locator("#status")).ToHaveTextAsync("live", Patiently);
        await Silo.IngestAsync(
            KestrelSilo.Touchpoint("rl-open-no", "rl-open", venue, "staff.said_no"),
            KestrelSilo.Touchpoint("rl-open-complaint", "rl-open", venue, "complaint"),
            KestrelSilo.Touchpoint("rl-shut-no", "rl-shut", venue, "staff.said_no"),
            KestrelSilo.Touchpoint("rl-shut-complaint", "rl-shut", venue, "complaint"));
        var open = floor.Locator(".alert[data-customer-id='rl-open']");
        var shut = floor.Locator(".alert[data-customer-id='rl-shut']");
        await Expect(shut).ToHaveCountAsync(1, new() { Timeout = 20_000 });

        await open.Locator(".more summary").TapAsync();
        var actions = open.Locator(".playbook input[type=radio]");
        Assert.True(await actions.CountAsync() >= 2, "the playbook offers a choice");
        await actions.Nth(1).CheckAsync();
        var chosen = await actions.Nth(1).GetAttributeAsync("value");
        await open.Locator(".note").FillAsync("brought a fresh cup, half-way through tel");

        await floor.ReloadAsync();
        await Expect(floor.Locator("#status")).ToHaveTextAsync("live", Patiently);
        await Expect(open.Locator(".more")).ToHaveAttributeAsync("open", "", new() { Timeout = 20_000 });
        await Expect(open.Locator(".note")).ToHaveValueAsync("brought a fresh cup, half-way through tel");
        await Expect(open.Locator($".playbook input[value='{chosen}']")).ToBeCheckedAsync();
        await Expect(shut.Locator(".more")).Not.ToHaveAttributeAsync("open", "");
        await floor.KeepScreenshotAsync("floor-phone-after-reload");
        errors.AssertNone();
    }

    [Fact]
    public async Task A_venue_the_user_may_not_see_is_told_in_words_and_their_own_venue_is_shown()
    {
        var (mine, theirs) = (KestrelSilo.Venue(7), KestrelSilo.Venue(9));
        var (floor, errors) = await Browser.OpenWatchedAsync(new Uri(Silo.BaseAddress, $"/floor.html?user=staff.{mine}&password=demo&venue={theirs}"));
        await Expect(floor.Locator("#status")).ToHaveTextAsync("live", Patiently);
        var ownName = Chain.Config.Venues[7].Name;
        await Expect(floor.Locator("#notice")).ToHaveTextAsync($"You may not see the venue \"{theirs}\"; showing {ownName} instead.");
        await Expect(floor.Locator("#venue")).ToHaveValueAsync(mine);
        await floor.KeepScreenshotAsync("floor-phone-venue-not-yours");
        errors.AssertNone();
    }
}
