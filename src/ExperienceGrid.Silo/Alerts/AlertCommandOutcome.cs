namespace ExperienceGrid.Silo.Alerts;

/// <summary>How the edge answered a staff command.</summary>
public enum AlertCommandOutcome
{
    /// <summary>Durably journaled; the alert changes when the venue grain applies it.</summary>
    Accepted,
    Invalid,
    NotFound,
    Forbidden,
    Conflict,
    Unavailable,
}
