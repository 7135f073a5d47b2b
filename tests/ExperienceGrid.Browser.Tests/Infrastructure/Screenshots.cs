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

    /// <summary>
    /// Keeps a screenshot as <see cref="KeepScreenshotAsync"/> does and, when <c>EG_DOC_SCREENSHOTS=1</c>, also as
    /// README's <c>docs/screenshots/{name}.png</c>: refreshed on request, so a test run leaves the docs as they are.
    /// </summary>
    public static async Task KeepDocScreenshotAsync(this IPage page, string name, bool fullPage = true)
    {
        var path = Artifacts.Screenshot(name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        if (Environment.GetEnvironmentVariable("EG_DOC_SCREENSHOTS") == "1")
        {
            var docs = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(Artifacts.Root)!, "docs", "screenshots")).FullName;
            File.Copy(path, Path.Combine(docs, $"{name}.png"), overwrite: true);
        }
    }
}
