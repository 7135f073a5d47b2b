namespace ExperienceGrid.Domain.Signals;

/// <summary>A guest's wait nears misery: step in now, before it becomes one.</summary>
/// <param name="Offers">The venue type's care gestures for waiting guests.</param>
public sealed record NudgeRaised(
    string CustomerId, string VenueId, DateTimeOffset At, string? Zone, Nudge Nudge, string Reason, IReadOnlyList<string> Offers)
    : ExperienceSignal(CustomerId, VenueId, At);
