namespace ExperienceGrid.LoadGenerator.Hub;

/// <summary>A hub call failed: the server answered an error, or the connection ended first.</summary>
public sealed class HubException(string message) : Exception(message);
