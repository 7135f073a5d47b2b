using System.Net;
using System.Net.Http.Json;
using ExperienceGrid.Silo.Tests.Infrastructure;

namespace ExperienceGrid.Silo.Tests.Hostile;

public sealed class SignInLimitTests : IAsyncLifetime
{
    private readonly SiloFactory _silo = new(new()
    {
        ["Auth:DemoUsers"] = "true",
        ["Auth:SignInFailuresPerUser"] = "3",
        ["Auth:SignInFailuresPerAddress"] = "6",
        ["Auth:SignInFailureWindow"] = "01:00:00",
    });

    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _silo.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _silo.DisposeAsync();
    }

    [Fact]
    public async Task Guessing_one_users_password_gets_429_then_even_the_right_one_waits_and_other_users_go_on()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync("chain.manager", $"guess-{i}")).StatusCode);
        }

        using var locked = await SignInAsync("chain.manager", "demo");
        AssertTooMany(locked);
        Assert.Equal(HttpStatusCode.OK, (await SignInAsync("operator", "demo")).StatusCode);

        // Successful sign-ins are not counted: a fleet of devices behind one address signs in freely.
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SignInAsync("operator", "demo")).StatusCode);
        }
    }

    [Fact]
    public async Task Guessing_many_user_names_from_one_address_gets_429_for_every_user_of_that_address()
    {
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SignInAsync($"nobody-{i}", "demo")).StatusCode);
        }

        AssertTooMany(await SignInAsync("nobody-6", "demo"));
        AssertTooMany(await SignInAsync("operator", "demo"));
    }

    private Task<HttpResponseMessage> SignInAsync(string user, string password) =>
        _client.PostAsJsonAsync("/api/auth/token", new { user, password });

    private static void AssertTooMany(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After {response.Headers.RetryAfter}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
