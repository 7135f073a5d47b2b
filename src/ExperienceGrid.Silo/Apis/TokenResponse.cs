namespace ExperienceGrid.Silo.Apis;

/// <summary>A signed bearer token, the user's role, the venues it covers and how pages name the user.</summary>
public sealed record TokenResponse(string Token, string Role, IReadOnlyList<string> Venues, string Name);
