using ExperienceGrid.Domain.Configuration;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Auth;

/// <summary>The users who may sign in: configured users, plus the chain's demo users when enabled.</summary>
public sealed class UserDirectory
{
    public const string DemoPassword = "demo";

    // Demo users' display names, dealt in turn: made up, like the demo's guests.
    private static readonly string[] _demoNames =
        ["Priya", "Tom", "Aisha", "Mateo", "Chloe", "Kwame", "Ingrid", "Ravi", "Sofia", "Liam", "Mei", "Omar", "Hannah", "Diego", "Zara", "Felix"];

    private readonly Dictionary<string, GridUser> _users = new(StringComparer.Ordinal);

    public UserDirectory(IOptions<AuthOptions> options, ChainConfig chain)
    {
        if (options.Value.DemoUsers)
        {
            var names = 0;
            string Next() => _demoNames[names++ % _demoNames.Length];
            Add(new GridUser("chain.manager", DemoPassword, GridRoles.ChainManager, [], [], "Morgan"));
            Add(new GridUser("operator", DemoPassword, GridRoles.Operator, [], [], "Alex"));
            Add(new GridUser("privacy.officer", DemoPassword, GridRoles.Privacy, [], [], "Sasha"));
            foreach (var region in chain.Regions)
            {
                Add(new GridUser($"region.{region.Id}", DemoPassword, GridRoles.RegionManager, [], [region.Id], Next()));
            }

            foreach (var venue in chain.Venues)
            {
                Add(new GridUser($"manager.{venue.Id}", DemoPassword, GridRoles.VenueManager, [venue.Id], [], Next()));
                Add(new GridUser(DemoFloorUser(venue.Id), DemoPassword, GridRoles.Staff, [venue.Id], [], Next()));
            }
        }

        // Configured users win over demo users of the same name.
        foreach (var user in options.Value.Users)
        {
            Add(new GridUser(user.User, user.Password, user.Role, [.. user.Venues], [.. user.Regions], user.DisplayName));
        }
    }

    /// <summary>The demo user who works the floor of a venue: <c>staff.{venueId}</c>.</summary>
    public static string DemoFloorUser(string venueId) => $"staff.{venueId}";

    /// <summary>The user when the password matches (compared in constant time), else null.</summary>
    public GridUser? Authenticate(string user, string password)
    {
        var known = _users.GetValueOrDefault(user);
        var expected = SecretDigest.Of(known?.Password ?? "\0no user\0");
        return SecretDigest.Matches(expected, SecretDigest.Of(password)) && known is not null ? known : null;
    }

    /// <summary>Every user who may sign in.</summary>
    public IEnumerable<GridUser> All => _users.Values;

    private void Add(GridUser user) => _users[user.Name] = user;
}
