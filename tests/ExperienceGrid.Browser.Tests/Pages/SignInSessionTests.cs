using System.Text.Json;
using System.Text.RegularExpressions;
using ExperienceGrid.Browser.Tests.Infrastructure;
using ExperienceGrid.Silo.Auth;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ExperienceGrid.Browser.Tests.Pages;

/// <summary>
/// Sign-in on every page: an expired or garbage token comes back to the form saying so, credentials never stay in the
/// address bar, and the Orleans dashboard sends a browser without a sign-in to the start page and back.
/// </summary>
public sealed class SignInSessionTests : PageTest
{
    private const string Expired = "Your sign-in expired — sign in again";

    [Theory]
    [InlineData("/", "chain.manager", "expired", 1440, 900)]
    [InlineData("/dashboard.html", "chain.manager", "expired", 1440, 900)]
    [InlineData("/journey.html", "chain.manager", "expired", 1440, 900)]
    [InlineData("/floor.html", "staff", "expired", 390, 844)]
    [InlineData("/operator.html", "operator", "expired", 1440, 900)]
    [InlineData("/operator.html", "operator", "garbage", 390, 844)]
    [InlineData("/", "operator", "garbage", 390, 844)]
    public async Task An_expired_or_garbage_token_drops_to_the_sign_in_form_with_a_message(string path, string user, string token, int width, int height)
    {
        var (page, errors) = await OpenAsync(path, width, height);
        await Expect(page.Locator("#signin")).ToBeVisibleAsync();
        await Expect(page.Locator("#signin .error")).ToBeEmptyAsync();
        var session = SessionOf(user, token == "expired" ? ExpiredToken(user) : "garbage.token.here");
        await page.EvaluateAsync("session => sessionStorage.setItem('eg.session', session)", session);

        await page.ReloadAsync();

        await Expect(page.Locator("#signin .error")).ToHaveTextAsync(Expired, Patiently);
        await Expect(page.Locator("#signin")).ToBeVisibleAsync();
        if (path != "/")
        {
            await Expect(page.Locator("#app")).ToBeHiddenAsync();
        }

        Assert.Null(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('eg.session')"));
        // The message is shown once: signing out by hand later says nothing.
        Assert.Null(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('eg.notice')"));
        // Only the refused reads (and the browser's own lines about them): nothing uncaught.
        Assert.All(errors.Errors, e => Assert.Matches("^(401: GET |console: Failed to load resource: .*401)", e));
    }

    [Theory]
    [InlineData("/floor.html?user=staff.{venue}&password=demo&venue={venue}", "/floor.html?venue={venue}", 390, 844)]
    [InlineData("/dashboard.html?user=chain.manager&password=demo", "/dashboard.html", 1440, 900)]
    [InlineData("/operator.html?password=demo&user=operator", "/operator.html", 1440, 900)]
    [InlineData("/?user=operator&password=demo", "/operator.html", 390, 844)]
    public async Task Credentials_in_the_url_are_scrubbed_from_the_address_bar_at_once(string path, string scrubbed, int width, int height)
    {
        var venue = KestrelSilo.Venue(6);
        var (page, errors) = await OpenAsync(path.Replace("{venue}", venue, StringComparison.Ordinal), width, height);

        await Expect(page.Locator("#app, #signed-in").First).ToBeVisibleAsync(new() { Timeout = 20_000 });

        Assert.Equal(new Uri(Silo.BaseAddress, scrubbed.Replace("{venue}", venue, StringComparison.Ordinal)).ToString(), page.Url);
        errors.AssertNone();
    }

    [Fact]
    public async Task No_page_link_and_no_readme_example_puts_a_password_in_a_url()
    {
        var (page, errors) = await OpenAsync("/", 1440, 900);

        await Expect(page.Locator("a[href*='user=']").First).ToBeVisibleAsync();
        await Expect(page.Locator("a[href*='password']")).ToHaveCountAsync(0);
        var readme = await File.ReadAllTextAsync(Path.Combine(Path.GetDirectoryName(Artifacts.Root)!, "README.md"));
        Assert.DoesNotMatch(new Regex(@"[?&]password="), readme);
        errors.AssertNone();
    }

    [Theory]
    [InlineData(1440, 900)]
    [InlineData(390, 844)]
    public async Task The_orleans_dashboard_without_a_sign_in_goes_to_the_start_pages_sign_in_and_back(int width, int height)
    {
        var (page, _) = await OpenAsync("/orleans/", width, height);

        await page.WaitForURLAsync(new Regex(@"/\?returnTo=%2Forleans%2F$"));
        await Expect(page.Locator("#signin .hint")).ToContainTextAsync("Orleans dashboard");
        await page.Locator("#signin input[name=user]").FillAsync("operator");
        await page.Locator("#signin input[name=password]").FillAsync("demo");
        var dashboard = page.WaitForResponseAsync(r => r.Url.EndsWith("/orleans/", StringComparison.Ordinal) && r.Request.IsNavigationRequest);
        await page.Locator("#signin button[type=submit]").ClickAsync();

        Assert.Equal(200, (await dashboard).Status);
        await page.WaitForURLAsync(new Regex("/orleans/$"));
    }

    [Fact]
    public async Task A_return_address_off_this_site_is_ignored()
    {
        var (page, errors) = await OpenAsync("/?returnTo=%2F%2Fexample.com%2F", 1440, 900);

        await page.Locator("#signin input[name=user]").FillAsync("operator");
        await page.Locator("#signin input[name=password]").FillAsync("demo");
        await page.Locator("#signin button[type=submit]").ClickAsync();

        await page.WaitForURLAsync("**/operator.html");
        Assert.StartsWith(Silo.BaseAddress.ToString(), page.Url);
        errors.AssertNone();
    }

    private string ExpiredToken(string user)
    {
        var options = Silo.Services.GetRequiredService<IOptions<AuthOptions>>();
        var role = user == "operator" ? GridRoles.Operator : user == "staff" ? GridRoles.Staff : GridRoles.ChainManager;
        // Issued a day ago: signed with the silo's own key, so the server refuses it only for its age.
        return new TokenIssuer(options, new Earlier(TimeSpan.FromDays(1))).Issue(new GridUser(user, "", role, [], []));
    }

    private static string SessionOf(string user, string token)
    {
        var role = user == "operator" ? "operator" : user == "staff" ? "staff" : "chainManager";
        var venues = user == "staff" ? new[] { KestrelSilo.Venue(0) } : [];
        return JsonSerializer.Serialize(new { user = user == "staff" ? $"staff.{venues[0]}" : user, name = user, token, role, venues });
    }

    private async Task<(IPage Page, ConsoleErrors Errors)> OpenAsync(string path, int width, int height)
    {
        var page = await Browser.Context.NewPageAsync();
        await page.SetViewportSizeAsync(width, height);
        var errors = ConsoleErrors.Watch(page);
        await page.GotoAsync(new Uri(Silo.BaseAddress, path).ToString());
        return (page, errors);
    }

    private sealed class Earlier(TimeSpan by) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => base.GetUtcNow() - by;
    }
}
