namespace ExperienceGrid.Silo.Apis;

/// <summary>The body of <c>POST /api/auth/token</c>.</summary>
public sealed record TokenRequest(string? User, string? Password);
