namespace ExperienceGrid.Silo.Apis;

/// <summary>A signed bearer token, the user's role and the venues it covers.</summary>
public sealed record TokenResponse(string Token, string Role, IReadOnlyList<string> Venues);
