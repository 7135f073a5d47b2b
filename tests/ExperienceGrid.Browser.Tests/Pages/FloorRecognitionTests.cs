using ExperienceGrid.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ExperienceGrid.Browser.Tests.Pages;

/// <summary>The floor page thanks the person holding it, the moment the grid credits them with a WOW or a recovery.</summary>
public sealed class FloorRecognitionTests : PageTest
{
    protected override bool Phone => true;

    [Fact]
    public async Task A_wow_on_a_touchpoint_naming_the_staff_member_and_a_guest_they_recovered_bring_thank_you_cards_to_their_phone_only()
    {
        var venue = KestrelSilo.Venue(12);
        var staff = $"staff.{venue}";
        var (floor, errors) = await Browser.OpenWatchedAsync(new Uri(Silo.BaseAddress, $"/floor.html?user={staff}&password=demo"));
        await Expect(floor.Locator("#status")).ToHaveTextAsync("live", Patiently);
        var (manager, managerErrors) = await Browser.OpenWatchedAsync(new Uri(Silo.BaseAddress, $"/floor.html?user=manager.{venue}&password=demo"));
        await Expect(manager.Locator("#status")).ToHaveTextAsync("live", Patiently);

        // A WOW farewell the staff member gave.
        await Silo.IngestAsync(
            FloorPeople.Named("rc-start", "rc-wow", venue, "visit.start", "Lena Park", DateTimeOffset.UtcNow.AddMinutes(-2)),
            KestrelSilo.Touchpoint("rc-farewell", "rc-wow", venue, "farewell", outcome: "wow").ServedBy(staff));
        var farewell = Chain.Config.TouchpointName("farewell");
        var wow = floor.Locator(".thanks-card.kind-wow");
        await Expect(wow.Locator("p")).ToHaveTextAsync($"Thank you — a WOW for Lena Park at {farewell}", Patiently);
        await Expect(floor.Locator("#announcer")).ToHaveTextAsync($"Thank you — a WOW for Lena Park at {farewell}.");

        // A guest they resolved leaves better off than at the alert.
        await Silo.AtRiskAsync("rc-upset", venue, DateTimeOffset.UtcNow.AddMinutes(-3), "Tariq Aziz");
        await Silo.ResolveAsync($"{venue}:1", staff);
        await Eventually.Until(() => Silo.GetAsAsync(staff, "/api/customers/rc-upset"), g => g.GetProperty("touchpointCount").GetInt64() > 3,
            what: "the apology resolving records on the guest");
        await Silo.IngestAsync(KestrelSilo.Touchpoint("rc-upset-end", "rc-upset", venue, "visit.end"));
        var recovery = floor.Locator(".thanks-card.kind-recovery");
        await Expect(recovery.Locator("p")).ToHaveTextAsync("Thank you — Tariq Aziz left happy", Patiently);
        await Expect(floor.Locator(".thanks-card")).ToHaveCountAsync(2);
        await floor.KeepDocScreenshotAsync("floor-thanks", fullPage: false);

        // Dismissed, it goes; the manager's phone at the same venue was never thanked for what staff did.
        await recovery.Locator("button").TapAsync();
        await Expect(recovery).ToHaveCountAsync(0);
        await Expect(wow).ToHaveCountAsync(1);
        await Expect(manager.Locator(".thanks-card")).ToHaveCountAsync(0);
        errors.AssertNone();
        managerErrors.AssertNone();
    }
}
