namespace ExperienceGrid.Silo.Alerts;

/// <summary>What happened to a floor alert.</summary>
public enum AlertChange
{
    Raised,
    Updated,
    Escalated,
    Closed,
}
