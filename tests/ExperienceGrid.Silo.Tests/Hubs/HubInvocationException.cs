namespace ExperienceGrid.Silo.Tests.Hubs;

/// <summary>The error of a hub invocation's completion message (what the client sees of a HubException).</summary>
public sealed class HubInvocationException(string message) : Exception(message);
