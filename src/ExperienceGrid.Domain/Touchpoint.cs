namespace ExperienceGrid.Domain;

/// <summary>
/// One observed interaction with a guest. <see cref="At"/> is the only clock the model uses.
/// </summary>
/// <param name="Value">The measurement for measured kinds (e.g. minutes waited, a 1–5 rating).</param>
/// <param name="Outcome">An explicit verdict (staff app, survey); it wins over value and kind.</param>
/// <param name="Attributes">Free-form extras; <c>antiPattern</c> and <c>intensity</c> are read by the model.</param>
public sealed record Touchpoint(
    string EventId,
    string CustomerId,
    string VenueId,
    string Kind,
    DateTimeOffset At,
    double? Value = null,
    MomentKind? Outcome = null,
    string? Zone = null,
    string? StaffId = null,
    IReadOnlyDictionary<string, string>? Attributes = null);
