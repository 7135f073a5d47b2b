using ExperienceGrid.Domain.Configuration;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Auth;

public sealed class AuthOptionsValidator(ChainConfig chain) : IValidateOptions<AuthOptions>
{
    public const int MinimumKeyLength = 32;

    private static readonly TimeSpan _maximumRecentVisitWindow = TimeSpan.FromDays(30);

    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        List<string> problems = [];
        if (string.IsNullOrWhiteSpace(options.SigningKey))
        {
            problems.Add("Auth:SigningKey is not set; configure a secret of at least 32 characters (environment variable Auth__SigningKey). Only Development has a default, in appsettings.Development.json");
        }
        else if (options.SigningKey.Length < MinimumKeyLength)
        {
            problems.Add($"Auth:SigningKey has {options.SigningKey.Length} characters; it must have at least {MinimumKeyLength}");
        }

        if (options.TokenLifetime <= TimeSpan.Zero)
        {
            problems.Add($"Auth:TokenLifetime is {options.TokenLifetime}; it must be positive");
        }

        if (options.RecentVisitWindow < TimeSpan.Zero || options.RecentVisitWindow > _maximumRecentVisitWindow)
        {
            problems.Add($"Auth:RecentVisitWindow is {options.RecentVisitWindow}; it must be between 00:00:00 and {_maximumRecentVisitWindow}");
        }

        if (options.SignInFailuresPerUser < 1)
        {
            problems.Add($"Auth:SignInFailuresPerUser is {options.SignInFailuresPerUser}; it must be positive");
        }

        if (options.SignInFailuresPerAddress < 1)
        {
            problems.Add($"Auth:SignInFailuresPerAddress is {options.SignInFailuresPerAddress}; it must be positive");
        }

        if (options.SignInFailureWindow <= TimeSpan.Zero)
        {
            problems.Add($"Auth:SignInFailureWindow is {options.SignInFailureWindow}; it must be positive");
        }

        for (var i = 0; i < options.Users.Count; i++)
        {
            var user = options.Users[i];
            if (string.IsNullOrWhiteSpace(user.User) || string.IsNullOrEmpty(user.Password))
            {
                problems.Add($"Auth:Users:{i} needs both User and Password");
            }

            if (!GridRoles.All.Contains(user.Role))
            {
                problems.Add($"Auth:Users:{i}:Role is '{user.Role}'; it must be one of {string.Join(", ", GridRoles.All)}");
            }

            problems.AddRange(user.Venues.Where(v => !chain.TryGetVenue(v, out _)).Select(v => $"Auth:Users:{i}:Venues names unknown venue '{v}'"));
            problems.AddRange(user.Regions.Where(r => !chain.TryGetRegion(r, out _)).Select(r => $"Auth:Users:{i}:Regions names unknown region '{r}'"));
        }

        return problems.Count > 0 ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
    }
}
