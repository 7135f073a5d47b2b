using ExperienceGrid.Domain;

namespace ExperienceGrid.Contracts;

/// <summary>
/// An alert as floor staff see it: one per customer visit, updated as the guest worsens or improves.
/// Pushed by the floor hub as the single argument of <c>alertRaised</c>, <c>alertUpdated</c> and <c>alertClosed</c>.
/// </summary>
public sealed record FloorAlert
{
    /// <summary>"{venueId}:{sequence}": the venue is the prefix before the last ':'.</summary>
    public required string AlertId { get; init; }

    public required string CustomerId { get; init; }

    public required string DisplayName { get; init; }

    public required string VenueId { get; init; }

    public string? Zone { get; init; }

    /// <summary>One of <see cref="AlertStatus"/>.</summary>
    public required string Status { get; init; }

    public double Priority { get; init; }

    public double Severity { get; init; }

    public required string Tier { get; init; }

    public double CustomerValue { get; init; }

    public IReadOnlyList<string> Reasons { get; init; } = [];

    public IReadOnlyList<string> AntiPatterns { get; init; } = [];

    /// <summary>The recovery playbook's actions for the anti-patterns.</summary>
    public IReadOnlyList<string> Actions { get; init; } = [];

    /// <summary>The visit's misery moments (recovered ones flagged).</summary>
    public IReadOnlyList<Moment> Moments { get; init; } = [];

    public DateTimeOffset RaisedAt { get; init; }

    /// <summary>When this stretch of risk began (event time).</summary>
    public DateTimeOffset Since { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public string? ClaimedBy { get; init; }

    public DateTimeOffset? ClaimedAt { get; init; }

    public DateTimeOffset? EscalatedAt { get; init; }

    public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>The action staff took ("guest recovered" when a recovery touchpoint cleared the risk first).</summary>
    public string? Resolution { get; init; }

    public string? Note { get; init; }

    /// <summary>The eventId of the touchpoint that raised or last updated the alert (an <c>advance:</c> id for time-based updates).</summary>
    public string? TriggerEventId { get; init; }
}
