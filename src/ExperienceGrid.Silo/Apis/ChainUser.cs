namespace ExperienceGrid.Silo.Apis;

/// <summary>How pages name a user id (e.g. who claimed an alert): their display name and role.</summary>
public sealed record ChainUser(string Name, string Role);
