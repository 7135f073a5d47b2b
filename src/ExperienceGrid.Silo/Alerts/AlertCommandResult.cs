using ExperienceGrid.Domain.Venues;

namespace ExperienceGrid.Silo.Alerts;

/// <summary>The answer to a claim or resolve: <paramref name="Alert"/> is the alert as it stood when the command was accepted.</summary>
public sealed record AlertCommandResult(AlertCommandOutcome Outcome, string Message, FloorAlert? Alert = null, string? Field = null);
