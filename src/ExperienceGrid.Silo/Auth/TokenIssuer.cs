using System.Security.Claims;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ExperienceGrid.Silo.Auth;

/// <summary>Signs bearer tokens (JWT, HMAC-SHA256) carrying the user's role and venue or region claims.</summary>
public sealed class TokenIssuer(IOptions<AuthOptions> options, TimeProvider time)
{
    private readonly JsonWebTokenHandler _handler = new();

    public static SymmetricSecurityKey KeyOf(AuthOptions options) =>
        new(Encoding.UTF8.GetBytes(options.SigningKey ?? throw new InvalidOperationException("Auth:SigningKey is not set.")));

    public string Issue(GridUser user)
    {
        var settings = options.Value;
        var claims = new List<Claim> { new(GridClaims.Subject, user.Name), new(GridClaims.Role, user.Role) };
        claims.AddRange(user.Venues.Select(v => new Claim(GridClaims.Venue, v)));
        claims.AddRange(user.Regions.Select(r => new Claim(GridClaims.Region, r)));
        var now = time.GetUtcNow().UtcDateTime;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Subject = new ClaimsIdentity(claims),
            Issuer = settings.Issuer,
            Audience = settings.Issuer,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + settings.TokenLifetime,
            SigningCredentials = new SigningCredentials(KeyOf(settings), SecurityAlgorithms.HmacSha256),
        });
    }
}
