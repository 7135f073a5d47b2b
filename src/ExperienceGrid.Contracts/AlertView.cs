using ExperienceGrid.Domain;

namespace ExperienceGrid.Contracts;

/// <summary>An at-risk guest in an open visit: who, where, why, and what staff should do.</summary>
/// <param name="CustomerValue">From loyalty and tier, in [1,3]; priority is severity × value.</param>
/// <param name="DisplayName">How staff address the guest.</param>
/// <param name="Moments">The visit's misery moments: what went wrong, and which were recovered.</param>
/// <param name="TriggerEventId">The touchpoint (or <c>advance:</c> tick) whose turn raised or changed the risk.</param>
public sealed record AlertView(
    string CustomerId,
    string VenueId,
    string? Zone,
    string Tier,
    double Priority,
    double Severity,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<string> AntiPatterns,
    IReadOnlyList<string> Actions,
    DateTimeOffset Since,
    double CustomerValue = 0,
    string? DisplayName = null,
    IReadOnlyList<Moment>? Moments = null,
    string? TriggerEventId = null);
