namespace ExperienceGrid.Domain.Signals;

/// <summary>A visit closed with unrecovered misery: the chain's care team should reach out.</summary>
public sealed record FollowUpTask(
    string CustomerId, string VenueId, DateTimeOffset At, string Reason, IReadOnlyList<Moment> Unrecovered)
    : ExperienceSignal(CustomerId, VenueId, At);
