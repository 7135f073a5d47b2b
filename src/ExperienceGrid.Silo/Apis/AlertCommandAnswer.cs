namespace ExperienceGrid.Silo.Apis;

/// <summary>
/// An alert command the venue grain applied and wrote before answering; the floor hub pushes the change
/// (<c>alertUpdated</c>, <c>alertClosed</c>) and <c>/api/alerts?venueId=</c> shows it.
/// </summary>
public sealed record AlertCommandAnswer(string AlertId, string Command, string Message);
