namespace ExperienceGrid.Domain.Signals;

/// <summary>A touchpoint was classified into a moment; <paramref name="VisitScore"/> is the score after it.</summary>
public sealed record MomentRecorded(
    string CustomerId, string VenueId, DateTimeOffset At, string? Zone, Moment Moment, double VisitScore)
    : ExperienceSignal(CustomerId, VenueId, At);
