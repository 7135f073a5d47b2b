namespace ExperienceGrid.Domain.Venues;

/// <summary>The lifecycle of a floor alert, as the strings clients see.</summary>
public static class AlertStatus
{
    /// <summary>Raised and waiting for a staff member to claim it.</summary>
    public const string Raised = "raised";

    /// <summary>A staff member took it.</summary>
    public const string Claimed = "claimed";

    /// <summary>Nobody claimed it within the claim timeout; the venue's managers were told.</summary>
    public const string Escalated = "escalated";

    /// <summary>Closed: staff acted (or the guest recovered on their own).</summary>
    public const string Resolved = "resolved";

    /// <summary>Closed: the visit ended while the alert was still open.</summary>
    public const string Expired = "expired";

    /// <summary>Raised, claimed and escalated alerts are open; resolved and expired ones are closed.</summary>
    public static bool IsOpen(string status) => status is Raised or Claimed or Escalated;
}
