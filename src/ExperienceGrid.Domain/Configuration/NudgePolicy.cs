namespace ExperienceGrid.Domain.Configuration;

/// <summary>
/// When the floor hears about a guest before a wait turns into misery.
/// </summary>
/// <param name="Fraction">A nudge is due once a wait reaches this share of its kind's misery threshold (e.g. 0.75).</param>
/// <param name="GuestCooldown">The least time between two nudges for the same guest.</param>
/// <param name="VenueMaxOpen">At most this many nudges are on a venue's floor at once; more are held back.</param>
/// <param name="CareKinds">Touchpoint kinds that count as acting on a nudge (a drink, a seat, an honest estimate).</param>
/// <param name="Watches">The waits that are watched; none means nudges are off.</param>
public sealed record NudgePolicy(
    double Fraction,
    TimeSpan GuestCooldown,
    int VenueMaxOpen,
    IReadOnlyList<string> CareKinds,
    IReadOnlyList<NudgeWatch> Watches)
{
    /// <summary>No watched waits: nudges never fire.</summary>
    public static NudgePolicy Off { get; } = new(0.75, TimeSpan.FromMinutes(10), 5, [], []);

    /// <summary>The watch for a measured kind, or null.</summary>
    public NudgeWatch? WatchFor(string kind) => Watches.FirstOrDefault(w => w.Kind == kind);
}
