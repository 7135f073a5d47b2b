using ExperienceGrid.Domain.Configuration;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Auth;

/// <summary>The users who may sign in: configured users, plus the chain's demo users when enabled.</summary>
public sealed class UserDirectory
{
    public const string DemoPassword = "demo";

    private readonly Dictionary<string, GridUser> _users = new(StringComparer.Ordinal);

    public UserDirectory(IOptions<AuthOptions> options, ChainConfig chain)
    {
        if (options.Value.DemoUsers)
        {
            Add(new GridUser("chain.manager", DemoPassword, GridRoles.ChainManager, [], []));
            Add(new GridUser("operator", DemoPassword, GridRoles.Operator, [], []));
            foreach (var region in chain.Regions)
            {
                Add(new GridUser($"region.{region.Id}", DemoPassword, GridRoles.RegionManager, [], [region.Id]));
            }

            foreach (var venue in chain.Venues)
            {
                Add(new GridUser($"manager.{venue.Id}", DemoPassword, GridRoles.VenueManager, [venue.Id], []));
                Add(new GridUser($"staff.{venue.Id}", DemoPassword, GridRoles.Staff, [venue.Id], []));
            }
        }

        // Configured users win over demo users of the same name.
        foreach (var user in options.Value.Users)
        {
            Add(new GridUser(user.User, user.Password, user.Role, [.. user.Venues], [.. user.Regions]));
        }
    }

    /// <summary>The user when the password matches (compared in constant time), else null.</summary>
    public GridUser? Authenticate(string user, string password)
    {
        var known = _users.GetValueOrDefault(user);
        var expected = SecretDigest.Of(known?.Password ?? "\0no user\0");
        return SecretDigest.Matches(expected, SecretDigest.Of(password)) && known is not null ? known : null;
    }

    private void Add(GridUser user) => _users[user.Name] = user;
}
