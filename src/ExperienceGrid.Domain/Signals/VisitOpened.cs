namespace ExperienceGrid.Domain.Signals;

/// <summary>A visit opened (by <c>visit.start</c> or the first touchpoint in a venue).</summary>
public sealed record VisitOpened(string CustomerId, string VenueId, DateTimeOffset At, string? Zone)
    : ExperienceSignal(CustomerId, VenueId, At);
