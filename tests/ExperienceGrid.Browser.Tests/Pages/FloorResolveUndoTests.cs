using System.Diagnostics;
using System.Text.RegularExpressions;
using ExperienceGrid.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ExperienceGrid.Browser.Tests.Pages;

/// <summary>Resolve on the floor page: a confirmation with Undo, the command sent only once Undo is past; whose claim greys it.</summary>
public sealed class FloorResolveUndoTests : PageTest
{
    protected override bool Phone => true;

    [Fact]
    public async Task Resolve_confirms_by_name_offers_undo_for_five_seconds_and_only_then_sends_the_command()
    {
        var venue = KestrelSilo.Venue(10);
        var staff = $"staff.{venue}";
        var (floor, errors) = await Browser.OpenWatchedAsync(new Uri(Silo.BaseAddress, $"/floor.html?user={staff}&password=demo"));
        await Expect(floor.Locator("#status")).ToHaveTextAsync("live", Patiently);
        await Silo.IngestAsync(
            FloorPeople.Named("ru-a-start", "ru-a", venue, "visit.start", "Ada Byrne"),
            KestrelSilo.Touchpoint("ru-a-no", "ru-a", venue, "staff.said_no"),
            KestrelSilo.Touchpoint("ru-a-complaint", "ru-a", venue, "complaint"),
            FloorPeople.Named("ru-b-start", "ru-b", venue, "visit.start", "Ben Cole"),
            KestrelSilo.Touchpoint("ru-b-no", "ru-b", venue, "staff.said_no"),
            KestrelSilo.Touchpoint("ru-b-complaint", "ru-b", venue, "complaint"));
        var ada = floor.Locator(".alert[data-customer-id='ru-a']");
        var ben = floor.Locator(".alert[data-customer-id='ru-b']");
        await Expect(floor.Locator("#count")).ToHaveTextAsync("2", Patiently);
        var adaId = (await ada.GetAttributeAsync("data-alert-id"))!;
        var benId = (await ben.GetAttributeAsync("data-alert-id"))!;
        await Expect(ben).Not.ToHaveClassAsync(new Regex("\\bfresh\\b"), new() { Timeout = 20_000 });

        await ada.Locator(".more summary").TapAsync();
        await ada.Locator(".note").FillAsync("comped dessert");
        await ada.Locator("button.resolve").TapAsync();
        var adaToast = floor.Locator($".toast[data-alert-id='{adaId}']");
        await Expect(adaToast).ToContainTextAsync("Resolved — Ada Byrne");
        await Expect(ada).ToHaveCountAsync(0);
        Assert.Contains(adaId, await OpenAlertIdsAsync(staff, venue)); // nothing sent yet
        await floor.KeepScreenshotAsync("floor-phone-undo");

        // Undo: the card is back as it was, and its resolve is never sent.
        await adaToast.Locator("button.undo").TapAsync();
        await Expect(adaToast).ToHaveCountAsync(0);
        await Expect(ada.Locator(".note")).ToHaveValueAsync("comped dessert");
        await Expect(ada.Locator(".more")).ToHaveAttributeAsync("open", "");
        await Expect(floor.Locator("#count")).ToHaveTextAsync("2");

        // Ben's resolve, tapped after Ada's Undo, is sent once its own window passed; by then Ada's would have been too.
        await floor.SetViewportSizeAsync(1440, 900);
        var tapped = Stopwatch.StartNew();
        await ben.Locator("button.resolve").ClickAsync();
        var benToast = floor.Locator($".toast[data-alert-id='{benId}']");
        await Expect(benToast).ToContainTextAsync("Resolved — Ben Cole");
        var box = (await benToast.BoundingBoxAsync())!;
        Assert.True(box.Y >= 0 && box.Y + box.Height <= 900 && box.X > 1440 / 4, "on a wall screen the Undo bar is in view, centred");
        await floor.KeepScreenshotAsync("floor-wall-undo");
        await Expect(benToast).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        Assert.True(tapped.Elapsed >= TimeSpan.FromSeconds(4.5), $"Undo was offered for {tapped.Elapsed.TotalSeconds:0.0} s");
        var open = await OpenAlertIdsAsync(staff, venue);
        for (var deadline = DateTime.UtcNow.AddSeconds(20); open.Contains(benId); open = await OpenAlertIdsAsync(staff, venue))
        {
            Assert.True(DateTime.UtcNow < deadline, "the grid never closed Ben's alert");
            await Task.Delay(100);
        }
        Assert.Contains(adaId, open);
        await Expect(ada).ToHaveCountAsync(1);
        errors.AssertNone();
    }

    [Fact]
    public async Task A_resolve_button_greyed_by_someone_elses_claim_says_whose_claim_it_is()
    {
        var venue = KestrelSilo.Venue(11);
        var manager = $"manager.{venue}";
        var managerLabel = await FloorPeople.LabelAsync(Silo, manager);
        var (floor, errors) = await Browser.OpenWatchedAsync(new Uri(Silo.BaseAddress, $"/floor.html?user=staff.{venue}&password=demo"));
        await Expect(floor.Locator("#status")).ToHaveTextAsync("live", Patiently);
        await Silo.IngestAsync(
            FloorPeople.Named("rc-start", "rc-guest", venue, "visit.start", "Noor Haddad"),
            KestrelSilo.Touchpoint("rc-no", "rc-guest", venue, "staff.said_no"),
            KestrelSilo.Touchpoint("rc-complaint", "rc-guest", venue, "complaint"));
        var card = floor.Locator(".alert[data-customer-id='rc-guest']");
        await Expect(card.Locator(".name")).ToHaveTextAsync("Noor Haddad", Patiently);

        await FloorPeople.ClaimAsync(Silo, manager, (await card.GetAttributeAsync("data-alert-id"))!);
        var claimed = $"{Chain.Config.Labels.StatusName("claimed")} by {managerLabel}";
        await Expect(card.Locator("button.resolve")).ToBeDisabledAsync(new() { Timeout = 20_000 });
        await Expect(card.Locator("button.resolve")).ToHaveTextAsync(claimed);
        await Expect(card.Locator(".state")).ToHaveTextAsync(claimed);
        await Expect(card.Locator("button.claim")).ToHaveCountAsync(0);
        await Expect(card).Not.ToHaveClassAsync(new Regex("\\bfresh\\b"), new() { Timeout = 20_000 }); // the entrance is over
        await floor.KeepScreenshotAsync("floor-phone-claimed-by-other");
        errors.AssertNone();
    }

    private async Task<string[]> OpenAlertIdsAsync(string user, string venue) =>
        [.. (await FloorPeople.OpenAlertsAsync(Silo, user, venue)).Select(a => a.GetProperty("alertId").GetString()!)];
}
