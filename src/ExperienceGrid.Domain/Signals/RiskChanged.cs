namespace ExperienceGrid.Domain.Signals;

/// <summary>The visit's risk appeared, changed, or cleared (<paramref name="Risk"/> null).</summary>
public sealed record RiskChanged(
    string CustomerId, string VenueId, DateTimeOffset At, string? Zone, RiskAssessment? Risk)
    : ExperienceSignal(CustomerId, VenueId, At);
