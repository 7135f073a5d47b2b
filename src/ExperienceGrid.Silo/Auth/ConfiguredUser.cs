namespace ExperienceGrid.Silo.Auth;

/// <summary>A user under <c>Auth:Users</c>: staff and venue managers name venues, region managers name regions.</summary>
public sealed class ConfiguredUser
{
    public string User { get; set; } = "";

    /// <summary>How pages name the user, e.g. "Priya"; without it, the user id.</summary>
    public string? DisplayName { get; set; }

    public string Password { get; set; } = "";

    /// <summary>One of <see cref="GridRoles"/>.</summary>
    public string Role { get; set; } = GridRoles.Staff;

    public List<string> Venues { get; set; } = [];

    public List<string> Regions { get; set; } = [];
}
