using Microsoft.Playwright;

namespace ExperienceGrid.Browser.Tests.Infrastructure;

/// <summary>
/// The Debian Chromium (scripts/setup.sh installs it; Playwright never downloads a browser here) in a persistent
/// context on a fresh profile directory, deleted after the context is closed.
/// </summary>
public sealed class Chromium : IAsyncDisposable
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] _flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;
    private readonly string _profile;

    private Chromium(IPlaywright playwright, IBrowserContext context, string profile)
    {
        _playwright = playwright;
        Context = context;
        _profile = profile;
    }

    public IBrowserContext Context { get; }

    /// <summary>The phone the floor page is made for: 390×844 CSS pixels, touch, mobile layout.</summary>
    public static readonly ViewportSize PhoneViewport = new() { Width = 390, Height = 844 };

    /// <param name="phone">Emulate <see cref="PhoneViewport"/> with touch and mobile meta-viewport handling.</param>
    public static async Task<Chromium> LaunchAsync(bool phone = false)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException($"{ExecutablePath} is missing; run scripts/setup.sh (apt-get install chromium).");
        }

        var profile = Path.Combine(Path.GetTempPath(), $"eg-chromium-{Guid.NewGuid():N}");
        var playwright = await Playwright.CreateAsync();
        var context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = _flags,
            ViewportSize = phone ? PhoneViewport : new ViewportSize { Width = 1280, Height = 900 },
            IsMobile = phone,
            HasTouch = phone,
            DeviceScaleFactor = phone ? 2 : 1,
        });
        return new Chromium(playwright, context, profile);
    }

    public async Task<IPage> OpenAsync(Uri url, int? width = null)
    {
        var page = await Context.NewPageAsync();
        if (width is { } w)
        {
            await page.SetViewportSizeAsync(w, 800);
        }

        await page.GotoAsync(url.ToString());
        return page;
    }

    /// <summary>Opens a page with <see cref="ConsoleErrors"/> watching it from before the first request.</summary>
    public async Task<(IPage Page, ConsoleErrors Errors)> OpenWatchedAsync(Uri url)
    {
        var page = await Context.NewPageAsync();
        var errors = ConsoleErrors.Watch(page);
        await page.GotoAsync(url.ToString());
        return (page, errors);
    }

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
        _playwright.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
