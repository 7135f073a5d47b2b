using Microsoft.Playwright;

namespace ExperienceGrid.Browser.Tests.Infrastructure;

public static class Screenshots
{
    /// <summary>Keeps a full-page screenshot as <c>artifacts/screenshots/{name}.png</c> and returns its path.</summary>
    public static async Task<string> KeepScreenshotAsync(this IPage page, string name)
    {
        var path = Artifacts.Screenshot(name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
