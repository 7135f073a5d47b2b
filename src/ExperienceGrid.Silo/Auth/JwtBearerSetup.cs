using ExperienceGrid.Silo.Hosting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace ExperienceGrid.Silo.Auth;

/// <summary>
/// Validates grid tokens with the configured key. Browsers cannot set headers on WebSockets, so hub requests
/// may carry the token as the <c>access_token</c> query parameter; the Orleans dashboard's pages and their calls, and
/// Scalar loading the OpenAPI document, carry it in the <c>eg_token</c> cookie that the pages set at sign-in (for
/// those paths only).
/// </summary>
public sealed class JwtBearerSetup(IOptions<AuthOptions> auth) : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions options)
    {
        var settings = auth.Value;
        options.MapInboundClaims = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = settings.Issuer,
            ValidAudience = settings.Issuer,
            IssuerSigningKey = string.IsNullOrEmpty(settings.SigningKey) ? null : TokenIssuer.KeyOf(settings),
            NameClaimType = GridClaims.Subject,
            RoleClaimType = GridClaims.Role,
            ClockSkew = TimeSpan.FromSeconds(30),
        };
        options.Events = new JwtBearerEvents
        {
            OnMessageReceived = context =>
            {
                if (context.HttpContext.Request.Path.StartsWithSegments("/hubs")
                    && context.Request.Query["access_token"].ToString() is { Length: > 0 } token)
                {
                    context.Token = token;
                }
                else if (SiloEndpoints.TokenCookiePaths.Any(p => context.HttpContext.Request.Path.StartsWithSegments(p))
                    && context.Request.Cookies[SiloEndpoints.TokenCookie] is { Length: > 0 } cookie)
                {
                    context.Token = cookie;
                }

                return Task.CompletedTask;
            },
        };
    }

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);
}
