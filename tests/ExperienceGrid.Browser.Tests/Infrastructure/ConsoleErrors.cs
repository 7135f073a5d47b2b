using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace ExperienceGrid.Browser.Tests.Infrastructure;

/// <summary>
/// Collects what a person never should see go wrong on a page: console errors, uncaught exceptions, failed
/// requests and answers of 400 or more (a missing favicon is one). Watch before navigating; assert at the end.
/// </summary>
public sealed class ConsoleErrors
{
    private readonly ConcurrentQueue<string> _errors = new();

    private ConsoleErrors(IPage page)
    {
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _errors.Enqueue($"console: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => _errors.Enqueue($"uncaught: {error}");
        page.RequestFailed += (_, request) => _errors.Enqueue($"request failed: {request.Method} {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                _errors.Enqueue($"{response.Status}: {response.Request.Method} {response.Url}");
            }
        };
    }

    public IReadOnlyList<string> Errors => [.. _errors];

    public static ConsoleErrors Watch(IPage page) => new(page);

    /// <summary>Fails the test with every error seen so far.</summary>
    public void AssertNone()
    {
        var errors = Errors;
        Assert.True(errors.Count == 0, $"{errors.Count} error(s) on the page:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
    }
}
