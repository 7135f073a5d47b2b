namespace ExperienceGrid.Domain.Venues;

/// <summary>The venue after a fold, what changed, and why a command changed nothing (null when it was applied).</summary>
public sealed record VenueOutcome(VenueState State, IReadOnlyList<VenueChange> Changes, string? Refusal = null)
{
    public static VenueOutcome Refused(VenueState state, string why) => new(state, [], why);
}
