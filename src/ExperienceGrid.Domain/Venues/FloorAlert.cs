
namespace ExperienceGrid.Domain.Venues;

/// <summary>
/// An alert as floor staff see it: one per customer visit, updated as the guest worsens or improves.
/// Pushed by the floor hub as the single argument of <c>alertRaised</c>, <c>alertUpdated</c> and <c>alertClosed</c>.
/// </summary>
[GenerateSerializer, Immutable, Alias("Contracts.FloorAlert")]
public sealed record FloorAlert
{
    /// <summary>"{venueId}:{sequence}": the venue is the prefix before the last ':'.</summary>
    [Id(0)]
    public required string AlertId { get; init; }

    [Id(1)]
    public required string CustomerId { get; init; }

    [Id(2)]
    public required string DisplayName { get; init; }

    [Id(3)]
    public required string VenueId { get; init; }

    [Id(4)]
    public string? Zone { get; init; }

    /// <summary>One of <see cref="AlertStatus"/>.</summary>
    [Id(5)]
    public required string Status { get; init; }

    [Id(6)]
    public double Priority { get; init; }

    [Id(7)]
    public double Severity { get; init; }

    [Id(8)]
    public required string Tier { get; init; }

    [Id(9)]
    public double CustomerValue { get; init; }

    [Id(10)]
    public IReadOnlyList<string> Reasons { get; init; } = [];

    [Id(11)]
    public IReadOnlyList<string> AntiPatterns { get; init; } = [];

    /// <summary>The recovery playbook's actions for the anti-patterns.</summary>
    [Id(12)]
    public IReadOnlyList<string> Actions { get; init; } = [];

    /// <summary>The visit's misery moments (recovered ones flagged).</summary>
    [Id(13)]
    public IReadOnlyList<Moment> Moments { get; init; } = [];

    [Id(14)]
    public DateTimeOffset RaisedAt { get; init; }

    /// <summary>When this stretch of risk began (event time).</summary>
    [Id(15)]
    public DateTimeOffset Since { get; init; }

    [Id(16)]
    public DateTimeOffset UpdatedAt { get; init; }

    [Id(17)]
    public string? ClaimedBy { get; init; }

    [Id(18)]
    public DateTimeOffset? ClaimedAt { get; init; }

    [Id(19)]
    public DateTimeOffset? EscalatedAt { get; init; }

    [Id(20)]
    public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>The action staff took ("guest recovered" when a recovery touchpoint cleared the risk first).</summary>
    [Id(21)]
    public string? Resolution { get; init; }

    [Id(22)]
    public string? Note { get; init; }

    /// <summary>The eventId of the touchpoint that raised or last updated the alert (an <c>advance:</c> id for time-based updates).</summary>
    [Id(23)]
    public string? TriggerEventId { get; init; }

    /// <summary>This alert with the guest's risk and visit as <paramref name="activity"/> reports them.</summary>
    public FloorAlert Assessed(VenueActivity activity, RiskAssessment risk) => this with
    {
        DisplayName = activity.DisplayName is { Length: > 0 } name ? name : DisplayName,
        Zone = activity.Zone ?? Zone,
        Priority = Math.Round(risk.Priority, 2),
        Severity = Math.Round(risk.Severity, 2),
        Tier = activity.Tier is { Length: > 0 } tier ? tier : Tier,
        CustomerValue = Math.Round(risk.CustomerValue, 2),
        Reasons = risk.Reasons,
        AntiPatterns = [.. risk.AntiPatterns.Select(a => a.ToString())],
        Actions = risk.Actions,
        Moments = activity.Miseries ?? Moments,
        Since = risk.Since,
        TriggerEventId = activity.SourceId ?? TriggerEventId,
    };
}
