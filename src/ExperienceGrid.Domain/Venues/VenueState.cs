using System.Collections.Immutable;

namespace ExperienceGrid.Domain.Venues;

/// <summary>Everything the venue model knows about one venue. Immutable: <see cref="VenueModel"/> returns a new one.</summary>
/// <param name="Deliveries">The latest delivery applied from each customer: a delivery sent again is skipped.</param>
/// <param name="OpenVisits">Guests in an open visit here, with their latest visit score (null before the first moment).</param>
/// <param name="Alerts">The current alert of each customer's open visit, open or closed: one open alert per customer visit.</param>
/// <param name="AlertedVisits">Visit score when each open visit was first alerted: recovery succeeds when the visit ends above it.</param>
/// <param name="Nudges">The nudge of each guest this venue put on the floor, until it closes: open or answered.</param>
/// <param name="Minutes">Moment counts per minute of event time, kept for the last hour (a late minute is added last).</param>
/// <param name="AlertSequence">The last alert sequence number; alert ids are "{venueId}:{sequence}".</param>
/// <param name="FollowUps">Follow-ups and WOW opportunities not yet done, oldest first: the latest <see cref="VenueModel.MaxOpenFollowUps"/>.</param>
/// <param name="FollowUpSequence">The last follow-up sequence number; follow-up ids are "{venueId}:{sequence}".</param>
/// <param name="Tallies">The minutes being counted for the venue's history, not yet handed over (the newest two, and any late one).</param>
/// <param name="MinutesSent">Minutes handed to the venue's history: their sequence, so the history adds each once.</param>
[GenerateSerializer, Immutable, Alias("Domain.VenueState")]
public sealed record VenueState(
    [property: Id(0)] string VenueId,
    [property: Id(1)] ImmutableDictionary<string, CustomerMark> Deliveries,
    [property: Id(2)] ImmutableDictionary<string, double?> OpenVisits,
    [property: Id(3)] ImmutableDictionary<string, FloorAlert> Alerts,
    [property: Id(4)] ImmutableDictionary<string, double> AlertedVisits,
    [property: Id(5)] ImmutableDictionary<string, FloorNudge> Nudges,
    [property: Id(6)] ImmutableList<MinuteCounts> Minutes,
    [property: Id(9)] long AlertSequence,
    [property: Id(10)] ImmutableList<FollowUp> FollowUps,
    [property: Id(11)] long FollowUpSequence,
    [property: Id(12)] VenueTotals Totals,
    [property: Id(13)] ImmutableDictionary<long, VenueTally> Tallies,
    [property: Id(14)] long MinutesSent);
