namespace ExperienceGrid.Contracts;

/// <summary>
/// What one customer message changed at one venue. Sent durably from the customer grain to the
/// venue grain, so venue aggregates are exactly-once like the customer state they come from.
/// </summary>
/// <param name="TouchpointMoments">The moments recorded, each with its touchpoint kind (for the venue's counts per touchpoint).</param>
/// <param name="Nudges">Changes to the guest's nudge in this message, in order (raised, answered, closed).</param>
/// <param name="FollowUps">Follow-ups and WOW opportunities the message raised, without ids (the venue numbers them).</param>
[GenerateSerializer, Immutable, Alias("Contracts.VenueActivity")]
public sealed record VenueActivity(
    [property: Id(0)] string CustomerId,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] bool VisitOpened = false,
    [property: Id(3)] bool VisitClosed = false,
    [property: Id(4)] double? VisitScore = null,
    [property: Id(5)] AlertView? Alert = null,
    [property: Id(6)] bool AlertCleared = false,
    [property: Id(7)] bool Recovered = false,
    [property: Id(8)] IReadOnlyList<TouchpointMoment>? TouchpointMoments = null,
    [property: Id(9)] IReadOnlyList<FloorNudge>? Nudges = null,
    [property: Id(10)] IReadOnlyList<FollowUp>? FollowUps = null);
