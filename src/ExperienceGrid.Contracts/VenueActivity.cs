namespace ExperienceGrid.Contracts;

/// <summary>
/// What one customer message changed at one venue. Sent durably from the customer grain to the
/// venue grain, so venue aggregates are exactly-once like the customer state they come from.
/// </summary>
/// <param name="TouchpointMoments">The moments recorded, each with its touchpoint kind (for the venue's counts per touchpoint).</param>
/// <param name="Nudges">Changes to the guest's nudge in this message, in order (raised, answered, closed).</param>
public sealed record VenueActivity(
    string CustomerId,
    DateTimeOffset At,
    bool VisitOpened = false,
    bool VisitClosed = false,
    double? VisitScore = null,
    AlertView? Alert = null,
    bool AlertCleared = false,
    bool Recovered = false,
    IReadOnlyList<TouchpointMoment>? TouchpointMoments = null,
    IReadOnlyList<FloorNudge>? Nudges = null);
