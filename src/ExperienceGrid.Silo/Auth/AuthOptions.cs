namespace ExperienceGrid.Silo.Auth;

/// <summary>Sign-in and bearer tokens, bound from the "Auth" section.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>
    /// The HMAC-SHA256 key that signs tokens (at least 32 characters). No default: Development gets one from
    /// appsettings.Development.json; anywhere else the silo refuses to start without it.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>Token issuer and audience. Default "ExperienceGrid".</summary>
    public string Issuer { get; set; } = "ExperienceGrid";

    /// <summary>How long a token is valid. Default 12 hours.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>
    /// Generates demo users from the chain, all with password "demo": <c>chain.manager</c>, <c>region.{regionId}</c>,
    /// <c>manager.{venueId}</c>, <c>staff.{venueId}</c>. Default false.
    /// </summary>
    public bool DemoUsers { get; set; }

    /// <summary>
    /// How long after a guest's visit at a venue ended its staff and managers may still read the guest
    /// (<c>GET /api/customers/{id}</c>); during an open visit they always may. Zero: only during the visit. Default 6 hours.
    /// </summary>
    public TimeSpan RecentVisitWindow { get; set; } = TimeSpan.FromHours(6);

    /// <summary>Further users. Default none.</summary>
    public List<ConfiguredUser> Users { get; set; } = [];

    /// <summary>
    /// Failed sign-ins for one user name per <see cref="SignInFailureWindow"/> before <c>POST /api/auth/token</c> answers
    /// 429. Only failures count, so a fleet of devices signing in from one address is never held back; once a limit is
    /// reached even the right password waits for the window to pass. Default 10.
    /// </summary>
    public int SignInFailuresPerUser { get; set; } = 10;

    /// <summary>Failed sign-ins from one client address (any user names) per <see cref="SignInFailureWindow"/>. Default 30.</summary>
    public int SignInFailuresPerAddress { get; set; } = 30;

    /// <summary>The fixed window failed sign-ins are counted in. Default 5 minutes.</summary>
    public TimeSpan SignInFailureWindow { get; set; } = TimeSpan.FromMinutes(5);
}
