namespace ExperienceGrid.Domain;

/// <summary>
/// One observed interaction with a guest. <see cref="At"/> is the only clock the model uses.
/// </summary>
/// <param name="Value">The measurement for measured kinds (e.g. minutes waited, a 1–5 rating).</param>
/// <param name="Outcome">An explicit verdict (staff app, survey); it wins over value and kind.</param>
/// <param name="Attributes">Free-form extras; <c>antiPattern</c> and <c>intensity</c> are read by the model.</param>
[GenerateSerializer, Immutable, Alias("Domain.Touchpoint")]
public sealed record Touchpoint(
    [property: Id(0)] string EventId,
    [property: Id(1)] string CustomerId,
    [property: Id(2)] string VenueId,
    [property: Id(3)] string Kind,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] double? Value = null,
    [property: Id(6)] MomentKind? Outcome = null,
    [property: Id(7)] string? Zone = null,
    [property: Id(8)] string? StaffId = null,
    [property: Id(9)] IReadOnlyDictionary<string, string>? Attributes = null);
