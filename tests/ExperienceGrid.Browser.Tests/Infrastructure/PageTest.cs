using Microsoft.Playwright;

namespace ExperienceGrid.Browser.Tests.Infrastructure;

/// <summary>A page test: a fresh silo on a real Kestrel port and a Chromium, both disposed after each test.</summary>
public abstract class PageTest : IAsyncLifetime
{
    /// <summary>Push, render and a loaded CI machine together stay well inside this.</summary>
    protected static readonly LocatorAssertionsToHaveTextOptions Patiently = new() { Timeout = 20_000 };

    protected KestrelSilo Silo { get; private set; } = null!;

    protected Chromium Browser { get; private set; } = null!;

    /// <summary>True for tests of a page on a phone (<see cref="Chromium.PhoneViewport"/>, touch).</summary>
    protected virtual bool Phone => false;

    /// <summary>More configuration for the test's silo (e.g. a short <c>Chain:FollowUpDue</c>); none by default.</summary>
    protected virtual IReadOnlyDictionary<string, string>? Settings => null;

    public async Task InitializeAsync()
    {
        Silo = new KestrelSilo(Settings);
        Browser = await Chromium.LaunchAsync(Phone);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        await Silo.DisposeAsync();
    }
}
