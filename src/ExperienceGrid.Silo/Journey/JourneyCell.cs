using ExperienceGrid.Domain.Venues;

namespace ExperienceGrid.Silo.Journey;

/// <summary>One touchpoint kind over the selected venues.</summary>
/// <param name="Shares">Shares of <paramref name="LastHour"/>; null without moments.</param>
/// <param name="Volume">Moments of the last hour.</param>
/// <param name="LastWeek">The same hour a week earlier; null when that hour had no moments of this kind.</param>
/// <param name="Worst">The venues with moments of this kind in the last hour, highest misery share first (at most five).</param>
public sealed record JourneyCell(
    string Touchpoint,
    MomentCounts LastHour,
    MomentShares? Shares,
    long Volume,
    JourneyBaseline? LastWeek,
    IReadOnlyList<WorstVenue> Worst);
