namespace ExperienceGrid.Silo.Apis;

/// <summary>
/// A durably accepted alert command. The alert changes when the venue grain applies it; watch the floor hub
/// (<c>alertUpdated</c>, <c>alertClosed</c>) or read <c>/api/alerts?venueId=</c>.
/// </summary>
public sealed record AlertCommandAnswer(string AlertId, string Command, string Message);
