using System.Globalization;
using System.Text.RegularExpressions;
using ExperienceGrid.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ExperienceGrid.Browser.Tests.Pages;

/// <summary>A nudge card agrees with itself: its words never state a time left that the countdown contradicts.</summary>
public sealed partial class FloorNudgeWordsTests : PageTest
{
    protected override bool Phone => true;

    [Theory]
    [InlineData(0)] // a brand whose offers once spoke of the order cooking
    [InlineData(2)] // a brand whose offers once promised to bring the order over
    public async Task A_queue_wait_nudge_counts_down_says_no_fixed_time_left_and_offers_only_what_fits_a_queue(int venueIndex)
    {
        var venue = KestrelSilo.Venue(venueIndex);
        var (floor, errors) = await Browser.OpenWatchedAsync(new Uri(Silo.BaseAddress, $"/floor.html?user=staff.{venue}&password=demo"));
        await Expect(floor.Locator("#status")).ToHaveTextAsync("live", Patiently);

        var wait = FloorPeople.Named("nw-wait", "nw-guest", venue, "queue.wait", "Ravi Shah");
        wait["value"] = 5;
        await Silo.IngestAsync(wait);

        var nudge = floor.Locator(".nudge[data-customer-id='nw-guest']");
        await Expect(nudge.Locator(".name")).ToHaveTextAsync("Ravi Shah", Patiently);
        var queueWait = Chain.Config.TouchpointName("queue.wait");
        await Expect(nudge.Locator(".reason")).ToHaveTextAsync(new Regex($"^{Regex.Escape(queueWait)} is nearing its misery line of \\d+(\\.\\d)? min\\.$"));

        // The line in the words, less the 5 minutes waited, is what the header counts down from.
        var line = double.Parse(MiseryLine().Match(await nudge.Locator(".reason").InnerTextAsync()).Groups[1].Value, CultureInfo.InvariantCulture);
        var left = Countdown().Match(await nudge.Locator(".left").InnerTextAsync());
        Assert.True(left.Success, "the header counts down as misery in m:ss");
        var seconds = (int.Parse(left.Groups[1].Value, CultureInfo.InvariantCulture) * 60) + int.Parse(left.Groups[2].Value, CultureInfo.InvariantCulture);
        Assert.InRange(seconds, ((line - 5) * 60) - 30, (line - 5) * 60);

        var offers = await nudge.Locator("button.offer").AllTextContentsAsync();
        Assert.NotEmpty(offers);
        Assert.All(offers, offer => Assert.DoesNotMatch(KitchenWords(), offer));
        await floor.KeepScreenshotAsync($"floor-phone-nudge-{venueIndex}");
        errors.AssertNone();
    }

    [GeneratedRegex(@"misery line of (\d+(?:\.\d)?) min")]
    private static partial Regex MiseryLine();

    [GeneratedRegex(@"^misery in (\d+):(\d\d)$")]
    private static partial Regex Countdown();

    [GeneratedRegex("cooking|order|kitchen|bring it over", RegexOptions.IgnoreCase)]
    private static partial Regex KitchenWords();
}
