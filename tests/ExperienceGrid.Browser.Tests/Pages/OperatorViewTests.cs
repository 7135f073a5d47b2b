using System.Text.RegularExpressions;
using ExperienceGrid.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExperienceGrid.Browser.Tests.Pages;

/// <summary>The operator's sign-in leads to the operator view, with a real silo's numbers; other roles never get there.</summary>
public sealed class OperatorViewTests : PageTest
{
    [Theory]
    [InlineData(1440, 900, "wall")]
    [InlineData(390, 844, "phone")]
    public async Task The_operator_signs_in_on_the_start_page_and_sees_the_silo_active_events_per_second_push_lag_and_storage(int width, int height, string screen)
    {
        var (page, errors) = await OpenAsync("/", width, height);
        await Expect(page.Locator("main li", new() { HasText = "operator" }).First).ToContainTextAsync("operator view");

        await SignInAsync(page, "operator");
        await page.WaitForURLAsync("**/operator.html");

        // A floor phone listening at the venue, so the alert's push has someone to reach.
        var venue = KestrelSilo.Venue(screen == "wall" ? 2 : 4);
        var floor = await Browser.Context.NewPageAsync();
        await floor.GotoAsync(new Uri(Silo.BaseAddress, $"/floor.html?user=staff.{venue}&password=demo").ToString());
        await Expect(floor.Locator("#status")).ToHaveTextAsync("live", Patiently);

        // An at-risk guest: three accepted touchpoints and a raised alert, whose push to the floor is timed.
        await Silo.IngestAsync(
            KestrelSilo.Touchpoint($"op-{screen}-start", $"op-{screen}", venue, "visit.start"),
            KestrelSilo.Touchpoint($"op-{screen}-no", $"op-{screen}", venue, "staff.said_no"),
            KestrelSilo.Touchpoint($"op-{screen}-complaint", $"op-{screen}", venue, "complaint"));

        await Expect(Figure(page, "events")).ToHaveTextAsync(new Regex(@"^(?!0\.0$)\d+\.\d$"), Patiently);
        await Expect(page.Locator("[data-figure=events] .label")).ToHaveTextAsync("Events accepted / s, last 10 s");
        await Expect(Figure(page, "lag-p50")).ToHaveTextAsync(new Regex(@"^\d+(\.\d\d?)? ms$"), Patiently);
        await Expect(Figure(page, "lag-p99")).ToHaveTextAsync(new Regex(@"^\d+(\.\d\d?)? ms$"));
        await Expect(floor.Locator($".alert[data-customer-id='op-{screen}']")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(Figure(page, "silos")).ToHaveTextAsync("1 of 1");
        await Expect(Figure(page, "grains")).ToHaveTextAsync(new Regex(@"^[1-9]\d*$"));
        await Expect(Figure(page, "storage")).ToHaveTextAsync("ready");
        await Expect(page.Locator("[data-figure=storage] .label")).ToHaveTextAsync("SQLite (embedded)");
        var silo = page.Locator("#silos tr");
        await Expect(silo).ToHaveCountAsync(1);
        await Expect(silo.Locator("td").Nth(2)).ToHaveTextAsync("Active");
        await Expect(silo.Locator("td").First).ToContainTextAsync("(answered)");
        await Expect(page.Locator("#orleans")).ToBeVisibleAsync();
        await Expect(page.Locator("#orleans")).ToHaveAttributeAsync("href", "/orleans/");
        await Expect(page.Locator("#status")).ToHaveTextAsync("live");
        await Expect(page.Locator("#who")).ToContainTextAsync("operator");

        // Nothing overflows the phone's width.
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling");
        await page.KeepScreenshotAsync($"operator-{screen}");
        if (screen == "wall")
        {
            await page.KeepDocScreenshotAsync("operator");
        }

        errors.AssertNone();
    }

    [Theory]
    [InlineData("/dashboard.html")]
    [InlineData("/floor.html")]
    [InlineData("/journey.html")]
    public async Task The_operator_signing_in_on_a_guest_page_lands_on_the_operator_view_not_an_empty_one(string path)
    {
        var (page, errors) = await OpenAsync(path, 1440, 900);

        await SignInAsync(page, "operator");

        // The address, not its load event: a failure says where the page stayed. (One run in ~30 timed out waiting for
        // the navigation to operator.html and its load; not reproduced since, so which of the two is not known.)
        await Expect(page).ToHaveURLAsync(new Regex(@"/operator\.html$"), new() { Timeout = 20_000 });
        await Expect(Figure(page, "silos")).ToHaveTextAsync("1 of 1", Patiently);
        errors.AssertNone();
    }

    [Fact]
    public async Task Other_roles_are_sent_to_their_own_pages_and_never_offered_the_operator_view()
    {
        var (page, errors) = await OpenAsync("/", 1440, 900);

        await SignInAsync(page, "chain.manager");
        await page.WaitForURLAsync("**/dashboard.html");
        await page.GotoAsync(new Uri(Silo.BaseAddress, "/operator.html").ToString());
        await page.WaitForURLAsync("**/dashboard.html");
        await page.GotoAsync(Silo.BaseAddress.ToString());
        await Expect(page.Locator("#signed-in")).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Expect(page.Locator("#who")).ToContainTextAsync("chain manager");
        await Expect(page.Locator("#operator-link")).ToBeHiddenAsync();

        var staff = await Browser.Context.NewPageAsync();
        await staff.GotoAsync(new Uri(Silo.BaseAddress, "/").ToString());
        await staff.EvaluateAsync("() => sessionStorage.clear()");
        await staff.ReloadAsync();
        await SignInAsync(staff, $"staff.{KestrelSilo.Venue(1)}");
        await staff.WaitForURLAsync("**/floor.html");
        errors.AssertNone();
    }

    private static ILocator Figure(IPage page, string name) => page.Locator($"[data-figure={name}] .value");

    private async Task<(IPage Page, ConsoleErrors Errors)> OpenAsync(string path, int width, int height)
    {
        var page = await Browser.Context.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        var errors = ConsoleErrors.Watch(page);
        await page.GotoAsync(new Uri(Silo.BaseAddress, path).ToString());
        return (page, errors);
    }

    private static async Task SignInAsync(IPage page, string user)
    {
        var form = page.Locator("#signin");
        await Expect(form).ToBeVisibleAsync();
        await form.Locator("input[name=user]").FillAsync(user);
        await form.Locator("input[name=password]").FillAsync("demo");
        await form.Locator("button[type=submit]").ClickAsync();
    }
}
