namespace ExperienceGrid.Contracts;

/// <summary>
/// A pre-emptive nudge as floor staff see it: a guest whose wait nears misery, what to offer, and how long is left.
/// Pushed by the floor hub as the single argument of <c>nudgeRaised</c> and <c>nudgeClosed</c>.
/// </summary>
/// <param name="Kind">The watched wait (e.g. <c>queue.seated</c>).</param>
/// <param name="Offers">The venue type's care gestures for a waiting guest.</param>
/// <param name="MiseryAt">When the wait turns to misery unless someone steps in.</param>
/// <param name="Status">One of <see cref="NudgeStatus"/>.</param>
public sealed record FloorNudge(
    string NudgeId,
    string CustomerId,
    string DisplayName,
    string Tier,
    string VenueId,
    string? Zone,
    string Kind,
    string Reason,
    IReadOnlyList<string> Offers,
    DateTimeOffset RaisedAt,
    DateTimeOffset WaitStartedAt,
    DateTimeOffset MiseryAt,
    string Status,
    DateTimeOffset? AnsweredAt = null);
