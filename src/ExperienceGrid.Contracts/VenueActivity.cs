using ExperienceGrid.Domain;

namespace ExperienceGrid.Contracts;

/// <summary>
/// What one customer message changed at one venue. Sent durably from the customer grain to the
/// venue grain, so venue aggregates are exactly-once like the customer state they come from.
/// </summary>
/// <param name="Nudges">Changes to the guest's nudge in this message, in order (raised, answered, closed).</param>
/// <param name="MiseryKinds">The touchpoint kinds of the misery moments in <paramref name="Moments"/> (for the misery heatmap).</param>
public sealed record VenueActivity(
    string CustomerId,
    DateTimeOffset At,
    bool VisitOpened = false,
    bool VisitClosed = false,
    double? VisitScore = null,
    IReadOnlyList<MomentKind>? Moments = null,
    AlertView? Alert = null,
    bool AlertCleared = false,
    bool Recovered = false,
    IReadOnlyList<string>? MiseryKinds = null,
    IReadOnlyList<FloorNudge>? Nudges = null);
