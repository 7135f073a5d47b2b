namespace ExperienceGrid.Domain.Signals;

/// <summary>A care touchpoint answered the guest's nudge in time; whether it prevented misery is known later.</summary>
public sealed record NudgeAnswered(string CustomerId, string VenueId, DateTimeOffset At, Nudge Nudge, string CareEventId)
    : ExperienceSignal(CustomerId, VenueId, At);
