using ExperienceGrid.Domain;

namespace ExperienceGrid.Contracts;

/// <summary>An at-risk guest in an open visit: who, where, why, and what staff should do.</summary>
/// <param name="CustomerValue">From loyalty and tier, in [1,3]; priority is severity × value.</param>
/// <param name="DisplayName">How staff address the guest.</param>
/// <param name="Moments">The visit's misery moments: what went wrong, and which were recovered.</param>
/// <param name="TriggerEventId">The touchpoint (or <c>advance:</c> tick) whose turn raised or changed the risk.</param>
[GenerateSerializer, Immutable, Alias("Contracts.AlertView")]
public sealed record AlertView(
    [property: Id(0)] string CustomerId,
    [property: Id(1)] string VenueId,
    [property: Id(2)] string? Zone,
    [property: Id(3)] string Tier,
    [property: Id(4)] double Priority,
    [property: Id(5)] double Severity,
    [property: Id(6)] IReadOnlyList<string> Reasons,
    [property: Id(7)] IReadOnlyList<string> AntiPatterns,
    [property: Id(8)] IReadOnlyList<string> Actions,
    [property: Id(9)] DateTimeOffset Since,
    [property: Id(10)] double CustomerValue = 0,
    [property: Id(11)] string? DisplayName = null,
    [property: Id(12)] IReadOnlyList<Moment>? Moments = null,
    [property: Id(13)] string? TriggerEventId = null);
