namespace ExperienceGrid.Domain.Signals;

/// <summary>A visit closed. <paramref name="Recovered"/>: it had misery and every misery was recovered.</summary>
public sealed record VisitClosed(
    string CustomerId, string VenueId, DateTimeOffset At, double Score, VisitCloseReason Reason, bool HadMisery, bool Recovered)
    : ExperienceSignal(CustomerId, VenueId, At);
