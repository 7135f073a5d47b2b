using System.Security.Claims;
using System.Text.Encodings.Web;
using ExperienceGrid.Silo.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Telemetry;

/// <summary>
/// Signs in a scraper that presents one of <see cref="MetricsOptions.ScrapeKeys"/> as a bearer credential, with the
/// one role <see cref="Role"/>, which only the metrics policy admits. Prometheus sends a fixed credential and cannot
/// sign in for an expiring token; a request without a matching key is left to the token scheme.
/// </summary>
public sealed class ScrapeKeyHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggers,
    UrlEncoder encoder,
    IOptions<MetricsOptions> metrics)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggers, encoder)
{
    public const string SchemeName = "ScrapeKey";

    public const string Role = "metricsScraper";

    private const string Bearer = "Bearer ";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        var keys = metrics.Value.ScrapeKeys;
        if (keys.Count == 0 || !header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        // Every key is compared as a digest in fixed time, as ingestion keys are.
        var presented = SecretDigest.Of(header[Bearer.Length..].Trim());
        var matched = false;
        foreach (var key in keys)
        {
            matched |= SecretDigest.Matches(presented, SecretDigest.Of(key.Trim()));
        }

        if (!matched)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var identity = new ClaimsIdentity([new Claim(GridClaims.Subject, "scraper"), new Claim(GridClaims.Role, Role)], SchemeName, GridClaims.Subject, GridClaims.Role);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }
}
