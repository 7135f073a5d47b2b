namespace ExperienceGrid.Silo.Privacy;

/// <summary>Who may erase guests, and how long an inactive guest is kept; bound from the "Privacy" section.</summary>
public sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>The longest <see cref="RetainInactiveGuests"/> (100 years).</summary>
    public static readonly TimeSpan MaxRetention = TimeSpan.FromDays(36500);

    /// <summary>Chain managers may erase guests too (the privacy role always may). Default: no.</summary>
    public bool ChainManagersMayErase { get; set; }

    /// <summary>
    /// A guest with no touchpoint (by its time) for longer than this is erased, as <c>DELETE /api/customers/{id}</c>
    /// erases, by the hourly retention sweep: within a day and an hour after the time has passed (guests are kept in
    /// buckets by day). Default 400 days; <c>00:00:00</c> turns retention off (guests are kept for ever and no buckets
    /// are written); otherwise from one day to 100 years.
    /// </summary>
    public TimeSpan RetainInactiveGuests { get; set; } = TimeSpan.FromDays(400);

    /// <summary>Whether <see cref="RetainInactiveGuests"/> is on.</summary>
    public bool RetainsInactiveGuests => RetainInactiveGuests > TimeSpan.Zero;
}
