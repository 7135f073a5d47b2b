namespace ExperienceGrid.Domain.Signals;

/// <summary>A valuable or just-recovered guest is about to leave: make the ending a WOW.</summary>
/// <param name="Touchpoint">The departure touchpoint kind the guest reached.</param>
public sealed record WowOpportunity(
    string CustomerId, string VenueId, DateTimeOffset At, string? Zone, string Reason, IReadOnlyList<string> Suggestions, string Touchpoint)
    : ExperienceSignal(CustomerId, VenueId, At);
