namespace ExperienceGrid.Silo.Limits;

/// <summary>
/// How many failed sign-ins are allowed before <c>POST /api/auth/token</c> answers 429, bound from the "Auth" section
/// beside <see cref="Auth.AuthOptions"/>. Only failures count, so a fleet of devices signing in from one address is
/// never held back; once a limit is reached even the right password waits for the window to pass.
/// </summary>
public sealed class SignInLimitOptions
{
    /// <summary>Failed attempts for one user name per <see cref="SignInFailureWindow"/>. Default 10.</summary>
    public int SignInFailuresPerUser { get; set; } = 10;

    /// <summary>Failed attempts from one client address (any user names) per <see cref="SignInFailureWindow"/>. Default 30.</summary>
    public int SignInFailuresPerAddress { get; set; } = 30;

    /// <summary>The fixed window the failures are counted in. Default 5 minutes.</summary>
    public TimeSpan SignInFailureWindow { get; set; } = TimeSpan.FromMinutes(5);
}
