namespace ExperienceGrid.Silo.Auth;

/// <summary>A user who may sign in, with the venues or regions their role covers.</summary>
/// <param name="Name">The user id people sign in with.</param>
/// <param name="DisplayName">How pages name the user (the id when the config gives none).</param>
public sealed record GridUser(string Name, string Password, string Role, IReadOnlyList<string> Venues, IReadOnlyList<string> Regions, string? DisplayName = null)
{
    public string Label => DisplayName ?? Name;
}
