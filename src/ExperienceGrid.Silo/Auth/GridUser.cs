namespace ExperienceGrid.Silo.Auth;

/// <summary>A user who may sign in, with the venues or regions their role covers.</summary>
public sealed record GridUser(string Name, string Password, string Role, IReadOnlyList<string> Venues, IReadOnlyList<string> Regions);
