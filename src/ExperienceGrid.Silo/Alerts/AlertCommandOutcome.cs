namespace ExperienceGrid.Silo.Alerts;

/// <summary>How the edge answered a staff command.</summary>
public enum AlertCommandOutcome
{
    /// <summary>Applied and written by the venue grain before it answered.</summary>
    Accepted,
    Invalid,
    NotFound,
    Forbidden,
    Conflict,
    Unavailable,
}
