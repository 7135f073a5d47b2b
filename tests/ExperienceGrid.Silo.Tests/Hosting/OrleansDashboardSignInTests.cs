using System.Net;
using ExperienceGrid.Silo.Auth;
using ExperienceGrid.Silo.Hosting;
using ExperienceGrid.Silo.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ExperienceGrid.Silo.Tests.Hosting;

/// <summary><c>/orleans</c> without a sign-in: browsers go to the start page's sign-in, API clients keep their 401.</summary>
public sealed class OrleansDashboardSignInTests : IAsyncLifetime
{
    private readonly SiloFactory _silo = new();
    private HttpClient _http = null!;

    public Task InitializeAsync()
    {
        _http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = _silo.ServerAddress };
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _silo.DisposeAsync();
    }

    [Theory]
    [InlineData("/orleans", "/?returnTo=%2Forleans")]
    [InlineData("/orleans/", "/?returnTo=%2Forleans%2F")]
    [InlineData("/orleans/?x=1", "/?returnTo=%2Forleans%2F%3Fx%3D1")]
    public async Task A_browser_without_a_sign_in_is_sent_to_the_start_pages_sign_in_with_where_it_was_going(string path, string location)
    {
        using var response = await GetAsync(path, "text/html,application/xhtml+xml,*/*;q=0.8");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(location, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_browser_with_an_expired_or_garbage_cookie_is_sent_to_sign_in_too()
    {
        using var response = await GetAsync("/orleans/", "text/html", cookie: "not-a-token");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("application/json")]
    [InlineData("*/*")]
    public async Task An_api_client_without_a_sign_in_keeps_its_401(string? accept)
    {
        using var response = await GetAsync("/orleans/", accept);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task A_signed_in_operator_gets_the_dashboard_and_a_signed_in_guest_role_is_still_refused()
    {
        var issuer = _silo.Services.GetRequiredService<TokenIssuer>();
        var operatorToken = issuer.Issue(new GridUser("operator", "", GridRoles.Operator, [], []));
        var staffToken = issuer.Issue(new GridUser("staff.x", "", GridRoles.Staff, [DemoChain.Config.Venues[0].Id], []));

        using var dashboard = await GetAsync("/orleans/", "text/html", operatorToken);
        using var refused = await GetAsync("/orleans/", "text/html", staffToken);

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Equal("text/html", dashboard.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? accept, string? cookie = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        if (cookie is not null)
        {
            request.Headers.Add("Cookie", $"{SiloEndpoints.TokenCookie}={cookie}");
        }

        return await _http.SendAsync(request);
    }
}
