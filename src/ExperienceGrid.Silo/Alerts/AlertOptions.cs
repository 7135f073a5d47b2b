namespace ExperienceGrid.Silo.Alerts;

/// <summary>The floor alert workflow, bound from the "Alerts" section.</summary>
public sealed class AlertOptions
{
    public const string Section = "Alerts";

    /// <summary>An alert nobody claims within this time is escalated to the venue's managers. Default 2 minutes.</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The recovery touchpoint recorded on the guest for each unrecovered misery when an alert is resolved. Default "apology".</summary>
    public string RecoveryTouchpoint { get; set; } = "apology";
}
