namespace ExperienceGrid.Domain.Signals;

/// <summary>A nudge ended; emitted exactly once per nudge, so a prevented misery is counted once.</summary>
public sealed record NudgeClosed(string CustomerId, string VenueId, DateTimeOffset At, Nudge Nudge, NudgeOutcome Outcome)
    : ExperienceSignal(CustomerId, VenueId, At);
