using ExperienceGrid.Domain.Signals;

namespace ExperienceGrid.Domain.Venues;

/// <summary>
/// Something for people to do after a guest's moment, kept by the venue until someone marks it done: a care-team
/// follow-up (<see cref="Care"/>: the visit ended with unrecovered misery) or a WOW opportunity (<see cref="Wow"/>:
/// a valuable or just-recovered guest at departure). The customer grain sends it with an empty <see cref="Id"/> in its
/// venue delivery; the venue numbers it when it applies the delivery, once.
/// </summary>
/// <param name="Id">"{venueId}:{sequence}", assigned by the venue.</param>
/// <param name="Kind"><see cref="Care"/> or <see cref="Wow"/>.</param>
/// <param name="Tier">The guest's loyalty tier when it was raised.</param>
/// <param name="Touchpoint">The touchpoint kind of a WOW opportunity (where the guest was); null for a follow-up.</param>
/// <param name="Unrecovered">The touchpoint kinds of the miseries a follow-up should make right.</param>
/// <param name="Suggestions">What to do: the brand's gestures for a WOW opportunity.</param>
/// <param name="Reason">The model's explanation, in words.</param>
/// <param name="Due">When a care follow-up should be done (the chain's due time after the visit ended); null for a WOW opportunity.</param>
/// <param name="OverdueAt">When a care follow-up still open at its due time was escalated to the region.</param>
/// <param name="Outcome">How a done care follow-up went: one of <see cref="FollowUpOutcome.All"/>.</param>
[GenerateSerializer, Immutable, Alias("Contracts.FollowUp")]
public sealed record FollowUp(
    [property: Id(0)] string Id,
    [property: Id(1)] string Kind,
    [property: Id(2)] string CustomerId,
    [property: Id(3)] string DisplayName,
    [property: Id(4)] string Tier,
    [property: Id(5)] string VenueId,
    [property: Id(6)] string? Zone,
    [property: Id(7)] DateTimeOffset At,
    [property: Id(8)] string Reason,
    [property: Id(9)] string? Touchpoint,
    [property: Id(10)] IReadOnlyList<string> Unrecovered,
    [property: Id(11)] IReadOnlyList<string> Suggestions,
    [property: Id(12)] string? TriggerEventId,
    [property: Id(13)] DateTimeOffset? DoneAt = null,
    [property: Id(14)] string? DoneBy = null,
    [property: Id(15)] DateTimeOffset? Due = null,
    [property: Id(16)] DateTimeOffset? OverdueAt = null,
    [property: Id(17)] string? Outcome = null)
{
    /// <summary>A care-team follow-up: reach out after a visit that ended with unrecovered misery.</summary>
    public const string Care = "followUp";

    /// <summary>A WOW opportunity: make the ending of a visit a WOW.</summary>
    public const string Wow = "wow";

    /// <summary>A care-team follow-up of <paramref name="customer"/>, not yet numbered by its venue.</summary>
    public static FollowUp From(FollowUpTask task, CustomerState customer, string displayName, string sourceId) =>
        new("", Care, customer.CustomerId, displayName, customer.Loyalty.Tier.ToString(), task.VenueId, Zone: null, task.At,
            task.Reason, Touchpoint: null, [.. task.Unrecovered.Select(m => m.Kind)], Suggestions: [], sourceId);

    /// <summary>A WOW opportunity of <paramref name="customer"/>, not yet numbered by its venue.</summary>
    public static FollowUp From(WowOpportunity wow, CustomerState customer, string displayName, string sourceId) =>
        new("", Wow, customer.CustomerId, displayName, customer.Loyalty.Tier.ToString(), wow.VenueId, wow.Zone, wow.At,
            wow.Reason, wow.Touchpoint, Unrecovered: [], wow.Suggestions, sourceId);
}
