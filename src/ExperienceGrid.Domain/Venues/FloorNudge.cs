using ExperienceGrid.Domain.Signals;

namespace ExperienceGrid.Domain.Venues;

/// <summary>
/// A pre-emptive nudge as floor staff see it: a guest whose wait nears misery, what to offer, and how long is left.
/// Pushed by the floor hub as the single argument of <c>nudgeRaised</c> and <c>nudgeClosed</c>.
/// </summary>
/// <param name="Kind">The watched wait (e.g. <c>queue.seated</c>).</param>
/// <param name="Offers">The venue type's care gestures for a waiting guest.</param>
/// <param name="MiseryAt">When the wait turns to misery unless someone steps in.</param>
/// <param name="Status">One of <see cref="NudgeStatus"/>.</param>
[GenerateSerializer, Immutable, Alias("Contracts.FloorNudge")]
public sealed record FloorNudge(
    [property: Id(0)] string NudgeId,
    [property: Id(1)] string CustomerId,
    [property: Id(2)] string DisplayName,
    [property: Id(3)] string Tier,
    [property: Id(4)] string VenueId,
    [property: Id(5)] string? Zone,
    [property: Id(6)] string Kind,
    [property: Id(7)] string Reason,
    [property: Id(8)] IReadOnlyList<string> Offers,
    [property: Id(9)] DateTimeOffset RaisedAt,
    [property: Id(10)] DateTimeOffset WaitStartedAt,
    [property: Id(11)] DateTimeOffset MiseryAt,
    [property: Id(12)] string Status,
    [property: Id(13)] DateTimeOffset? AnsweredAt = null)
{
    /// <summary>The floor's view of a nudge signal (raised, answered or closed) of <paramref name="customer"/>.</summary>
    public static FloorNudge From(ExperienceSignal signal, CustomerState customer, string displayName) => signal switch
    {
        NudgeRaised raised => Of(customer, displayName, raised.VenueId, raised.Zone, raised.Nudge, raised.Reason, raised.Offers, NudgeStatus.Open),
        NudgeAnswered answered => Of(customer, displayName, answered.VenueId, zone: null, answered.Nudge, reason: "", offers: [], NudgeStatus.Answered),
        NudgeClosed closed => Of(customer, displayName, closed.VenueId, zone: null, closed.Nudge, reason: "", offers: [], closed.Outcome switch
        {
            NudgeOutcome.Prevented => NudgeStatus.Prevented,
            NudgeOutcome.BecameMisery => NudgeStatus.BecameMisery,
            NudgeOutcome.Superseded => NudgeStatus.Superseded,
            _ => NudgeStatus.Lapsed,
        }),
        _ => throw new ArgumentException($"{signal.GetType().Name} is not a nudge signal.", nameof(signal)),
    };

    private static FloorNudge Of(
        CustomerState customer, string displayName, string venueId, string? zone, Nudge nudge, string reason, IReadOnlyList<string> offers, string status) =>
        new(nudge.NudgeId, customer.CustomerId, displayName, customer.Loyalty.Tier.ToString(), venueId, zone, nudge.Kind, reason, offers,
            nudge.RaisedAt, nudge.WaitStartedAt, nudge.MiseryAt, status, nudge.AnsweredAt);
}
