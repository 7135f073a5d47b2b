using System.Globalization;
using System.Text.RegularExpressions;
using ExperienceGrid.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExperienceGrid.Browser.Tests.Pages;

/// <summary>The floor page on a 390×844 touch phone: a new alert is unmissable, and so is being offline.</summary>
public sealed partial class FloorPhoneTests : PageTest
{
    // Records what the page asks of the phone and which CSS animations start, before any page script runs.
    private const string Recorder = """
        window.egVibrations = [];
        Object.defineProperty(Navigator.prototype, "vibrate", { configurable: true, value: pattern => { window.egVibrations.push(pattern); return true; } });
        window.egAnimations = [];
        document.addEventListener("animationstart", e => window.egAnimations.push({ name: e.animationName, customerId: e.target.dataset?.customerId }), true);
        """;

    // Flags any moment the page says nobody is at risk while it is not live.
    private const string EmptyWhileNotLiveWatch = """
        () => {
          window.egEmptyWhileNotLive = [];
          const empty = document.getElementById("empty"), status = document.getElementById("status");
          const check = () => { if (!empty.hidden && status.dataset.status !== "live") window.egEmptyWhileNotLive.push(status.dataset.status); };
          new MutationObserver(check).observe(document.body, { attributes: true, childList: true, subtree: true, characterData: true });
        }
        """;

    protected override bool Phone => true;

    [Fact]
    public async Task A_new_alert_animates_in_is_announced_vibrates_and_reads_in_words_with_one_tap_claim_and_resolve()
    {
        var venue = KestrelSilo.Venue(5);
        await Browser.Context.AddInitScriptAsync(Recorder);
        var (floor, errors) = await Browser.OpenWatchedAsync(new Uri(Silo.BaseAddress, $"/floor.html?user=staff.{venue}&password=demo"));
        await Expect(floor.Locator("#status")).ToHaveTextAsync("live", Patiently);
        await Expect(floor.Locator("#empty")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await floor.Locator("h2").First.TapAsync(); // a person holding the phone has touched it: vibration is allowed

        await Silo.IngestAsync(
            KestrelSilo.Touchpoint("ph-start", "ph-guest", venue, "visit.start"),
            KestrelSilo.Touchpoint("ph-no", "ph-guest", venue, "staff.said_no"),
            KestrelSilo.Touchpoint("ph-complaint", "ph-guest", venue, "complaint"));

        var card = floor.Locator(".alert[data-customer-id='ph-guest']");
        await Expect(card.Locator(".name")).ToHaveTextAsync("Guest ph-guest", Patiently);
        await Expect(floor.Locator("#announcer")).ToContainTextAsync("New alert", new() { Timeout = 20_000 });
        await Expect(floor.Locator("#announcer")).ToContainTextAsync("Guest ph-guest");
        await floor.WaitForFunctionAsync("() => window.egAnimations.some(a => a.name === 'alert-in' && a.customerId === 'ph-guest')");
        await floor.WaitForFunctionAsync("() => window.egVibrations.length === 1");
        await Expect(floor.Locator("#empty")).ToBeHiddenAsync();

        // The level is a word; its number is on hover and decides the word.
        var priority = card.Locator(".priority");
        var title = await priority.GetAttributeAsync("title");
        var number = double.Parse(PriorityNumber().Match(title!).Groups[1].Value, CultureInfo.InvariantCulture);
        await Expect(priority).ToHaveTextAsync(Chain.Config.Labels.LevelOf(number).Name);
        await Expect(card).ToHaveAttributeAsync("data-level", Chain.Config.Labels.LevelOf(number).Level);
        await Expect(card.Locator(".state")).ToHaveTextAsync(Chain.Config.Labels.StatusName("raised"));
        var (saidNo, complaint) = (Chain.Config.TouchpointName("staff.said_no"), Chain.Config.TouchpointName("complaint"));
        await Expect(card.Locator(".top-reason")).ToHaveTextAsync(new Regex($"^{Regex.Escape(saidNo)} at \\d\\d:\\d\\d, then {Regex.Escape(complaint)} at \\d\\d:\\d\\d$"));
        await Expect(card).Not.ToHaveClassAsync(new Regex("\\bfresh\\b"), new() { Timeout = 20_000 }); // the entrance is over
        await floor.KeepScreenshotAsync("floor-phone-alert");

        await card.Locator(".more summary").TapAsync();
        await Expect(card.Locator(".reasons li").First).ToHaveTextAsync($"2 unrecovered miseries in this visit ({saidNo}, {complaint})");
        var chips = await card.Locator(".antipatterns .chip").AllTextContentsAsync();
        Assert.NotEmpty(chips);
        Assert.All(chips, chip => Assert.Contains(chip, Chain.Config.Labels.AntiPatterns.Values));
        await Expect(card.Locator(".moments .chip.misery")).ToHaveTextAsync([
            new Regex($"^✗ {Regex.Escape(saidNo)} \\d\\d?:\\d\\d"),
            new Regex($"^✗ {Regex.Escape(complaint)} \\d\\d?:\\d\\d")]);
        var text = await card.InnerTextAsync();
        Assert.DoesNotMatch(RawCode(), text);
        await floor.KeepScreenshotAsync("floor-phone-alert-details");

        await card.Locator("button.claim").TapAsync();
        await Expect(card.Locator(".state")).ToHaveTextAsync($"{Chain.Config.Labels.StatusName("claimed")} by {await FloorPeople.LabelAsync(Silo, $"staff.{venue}")}", Patiently);
        await card.Locator("button.resolve").TapAsync();
        await Expect(card).ToHaveCountAsync(0, new() { Timeout = 20_000 });
        await Expect(floor.Locator("#empty")).ToBeVisibleAsync(new() { Timeout = 20_000 }); // once the Undo window passed and the grid closed it
        errors.AssertNone();
    }

    [Fact]
    public async Task Offline_greys_the_list_under_a_banner_never_says_nobody_is_at_risk_and_announces_what_it_missed()
    {
        var venue = KestrelSilo.Venue(6);
        await using var network = new DroppableProxy(Silo.BaseAddress);
        await Browser.Context.AddInitScriptAsync(Recorder);
        var floor = await Browser.OpenAsync(new Uri(network.Address, $"/floor.html?user=staff.{venue}&password=demo"));
        await Expect(floor.Locator("#status")).ToHaveTextAsync("live", Patiently);
        await Expect(floor.Locator("#empty")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(floor.Locator("#stale")).ToBeHiddenAsync();
        await floor.EvaluateAsync(EmptyWhileNotLiveWatch);

        network.Drop();
        await Expect(floor.Locator("#status")).ToHaveTextAsync(new Regex("^(reconnecting|offline)$"), Patiently);
        await Expect(floor.Locator("#stale")).ToHaveTextAsync("offline — reconnecting; this list may be stale");
        await Expect(floor.Locator("#empty")).ToBeHiddenAsync();
        await Expect(floor.Locator("#live-lists")).ToHaveClassAsync(new Regex("\\bstale\\b"));
        Assert.Equal("0.45", await floor.Locator("#live-lists").EvaluateAsync<string>("e => getComputedStyle(e).opacity"));
        await floor.KeepScreenshotAsync("floor-phone-offline");

        await Silo.IngestAsync(
            KestrelSilo.Touchpoint("off-start", "off-guest", venue, "visit.start"),
            KestrelSilo.Touchpoint("off-no", "off-guest", venue, "staff.said_no"),
            KestrelSilo.Touchpoint("off-complaint", "off-guest", venue, "complaint"));
        await floor.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.Reduce }); // this phone asks for less motion
        network.Restore();

        await Expect(floor.Locator("#status")).ToHaveTextAsync("live", new() { Timeout = 30_000 });
        await Expect(floor.Locator(".alert[data-customer-id='off-guest'] .name")).ToHaveTextAsync("Guest off-guest", Patiently);
        await Expect(floor.Locator("#announcer")).ToContainTextAsync("Guest off-guest", new() { Timeout = 20_000 });
        await Expect(floor.Locator("#stale")).ToBeHiddenAsync();
        await Expect(floor.Locator("#live-lists")).Not.ToHaveClassAsync(new Regex("\\bstale\\b"));
        Assert.Empty(await floor.EvaluateAsync<string[]>("() => window.egEmptyWhileNotLive"));
        await floor.WaitForFunctionAsync("() => window.egAnimations.some(a => a.name === 'alert-mark' && a.customerId === 'off-guest')");
        Assert.False(await floor.EvaluateAsync<bool>("() => window.egAnimations.some(a => a.name === 'alert-in')"), "no movement when reduced motion is asked for");
    }

    [GeneratedRegex(@"^priority (\d+\.\d\d) ")]
    private static partial Regex PriorityNumber();

    // A catalog kind (staff.said_no), an enum code (NoApology) or a bare status word the page must have put into words.
    [GeneratedRegex(@"\b[a-z]+[._][a-z_]+\b|\b(SaidNoWithoutAlternative|NoApology|Misery|raised)\b")]
    private static partial Regex RawCode();
}
