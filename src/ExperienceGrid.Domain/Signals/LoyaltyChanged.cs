namespace ExperienceGrid.Domain.Signals;

/// <summary>A closed visit moved the lifetime loyalty score (and maybe the tier).</summary>
public sealed record LoyaltyChanged(
    string CustomerId, string VenueId, DateTimeOffset At, double Score, Tier Tier, Tier PreviousTier)
    : ExperienceSignal(CustomerId, VenueId, At);
