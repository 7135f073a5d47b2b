namespace ExperienceGrid.Contracts;

/// <summary>A "make it WOW now" nudge for floor staff: the argument of the floor hub's <c>wowOpportunity</c>.</summary>
public sealed record WowView(
    string CustomerId,
    string DisplayName,
    string Tier,
    string VenueId,
    string? Zone,
    string Reason,
    IReadOnlyList<string> Suggestions,
    DateTimeOffset At,
    string? TriggerEventId);
