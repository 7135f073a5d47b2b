namespace ExperienceGrid.Domain.Venues;

/// <summary>What happened to a floor alert; the alert's status says how a closed one ended (resolved or expired).</summary>
public enum AlertChange
{
    Raised,
    Updated,
    Claimed,
    Escalated,
    Closed,
}
