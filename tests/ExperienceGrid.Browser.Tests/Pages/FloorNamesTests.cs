using System.Text.RegularExpressions;
using ExperienceGrid.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ExperienceGrid.Browser.Tests.Pages;

/// <summary>The floor page names people: guests by display name, users as "Priya (staff)"; a card tells what happened first.</summary>
public sealed class FloorNamesTests : PageTest
{
    // True when the card's guest name is in a larger font than every other visible text on the card.
    private const string NameIsLargest = """
        card => {
          const name = card.querySelector(".name"), size = e => parseFloat(getComputedStyle(e).fontSize);
          const texts = [...card.querySelectorAll("*")].filter(e => e !== name && e.checkVisibility() &&
            [...e.childNodes].some(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim()));
          return texts.length > 0 && texts.every(e => size(e) < size(name));
        }
        """;

    protected override bool Phone => true;

    [Fact]
    public async Task Guests_and_users_show_by_name_and_the_card_tells_what_happened_first_then_why()
    {
        var venue = KestrelSilo.Venue(4);
        var staff = $"staff.{venue}";
        var staffLabel = await FloorPeople.LabelAsync(Silo, staff);
        var (floor, errors) = await Browser.OpenWatchedAsync(new Uri(Silo.BaseAddress, $"/floor.html?user={staff}&password=demo"));
        await Expect(floor.Locator("#status")).ToHaveTextAsync("live", Patiently);
        await Expect(floor.Locator("#who")).ToHaveTextAsync(staffLabel);

        var wait = FloorPeople.Named("nm-wait", "nm-waiting", venue, "queue.wait", "Sam Okafor");
        wait["value"] = 5;
        await Silo.IngestAsync(
            FloorPeople.Named("nm-start", "nm-guest", venue, "visit.start", "Maya Rossi"),
            KestrelSilo.Touchpoint("nm-no", "nm-guest", venue, "staff.said_no"),
            KestrelSilo.Touchpoint("nm-complaint", "nm-guest", venue, "complaint"),
            wait);

        var card = floor.Locator(".alert[data-customer-id='nm-guest']");
        await Expect(card.Locator(".name")).ToHaveTextAsync("Maya Rossi", Patiently);
        Assert.True(await card.EvaluateAsync<bool>(NameIsLargest), "the guest's name is the card's largest text on a phone");
        await Expect(floor.Locator(".nudge[data-customer-id='nm-waiting'] .name")).ToHaveTextAsync("Sam Okafor", Patiently);

        // The tier is a word; the customer value's number is gone from the line.
        var tiers = string.Join('|', Chain.Config.Labels.Tiers.Values.Select(Regex.Escape));
        await Expect(card.Locator(".who")).ToHaveTextAsync(new Regex($"^({tiers}) · [^0-9]+$"));

        // What happened is the headline; the rules and the visit score follow in the fold, once each.
        var (saidNo, complaint) = (Chain.Config.TouchpointName("staff.said_no"), Chain.Config.TouchpointName("complaint"));
        await Expect(card.Locator(".top-reason")).ToHaveTextAsync(
            new Regex($"^{Regex.Escape(saidNo)} at \\d\\d:\\d\\d, then {Regex.Escape(complaint)} at \\d\\d:\\d\\d$"));
        var sent = (await FloorPeople.OpenAlertsAsync(Silo, staff, venue)).Single(a => a.GetProperty("customerId").GetString() == "nm-guest");
        var reasons = sent.GetProperty("reasons").EnumerateArray().Select(r => r.GetString()!).ToArray();
        await Expect(card.Locator(".top-reason")).ToHaveTextAsync(reasons[0]);
        await Expect(card.Locator(".top-reason")).ToBeInViewportAsync();
        await Expect(card).Not.ToHaveClassAsync(new Regex("\\bfresh\\b"), new() { Timeout = 20_000 });
        await floor.KeepDocScreenshotAsync("floor-phone");

        await card.Locator(".more summary").TapAsync();
        await Expect(card.Locator(".reasons li")).ToHaveTextAsync(reasons[1..]);

        await card.Locator("button.claim").TapAsync();
        await Expect(card.Locator(".state")).ToHaveTextAsync($"{Chain.Config.Labels.StatusName("claimed")} by {staffLabel}", Patiently);
        Assert.DoesNotContain(staff, await floor.Locator("body").InnerTextAsync());

        // A WOW card names its guest too.
        var checkout = KestrelSilo.Touchpoint("nm-wow-checkout", "nm-wow", venue, "checkout");
        checkout["value"] = 2;
        await Silo.IngestAsync(
            FloorPeople.Named("nm-wow-start", "nm-wow", venue, "visit.start", "Lena Park", DateTimeOffset.UtcNow.AddMinutes(-4)),
            KestrelSilo.Touchpoint("nm-wow-complaint", "nm-wow", venue, "complaint", at: DateTimeOffset.UtcNow.AddMinutes(-3)),
            KestrelSilo.Touchpoint("nm-wow-apology", "nm-wow", venue, "apology", at: DateTimeOffset.UtcNow.AddMinutes(-2)),
            checkout);
        await Expect(floor.Locator(".wow-card[data-customer-id='nm-wow'] strong")).ToContainTextAsync("Lena Park", new() { Timeout = 20_000 });

        // On a wall screen the name still leads the card.
        await floor.SetViewportSizeAsync(1440, 900);
        Assert.True(await card.EvaluateAsync<bool>(NameIsLargest), "the guest's name is the card's largest text at 1440×900");
        await floor.KeepScreenshotAsync("floor-wall");
        errors.AssertNone();
    }
}
