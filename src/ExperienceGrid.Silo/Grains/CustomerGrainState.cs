using ExperienceGrid.Domain;

namespace ExperienceGrid.Silo.Grains;

/// <summary>The persisted state of a customer grain.</summary>
public sealed class CustomerGrainState
{
    /// <summary>The experience model's state; null until the first touchpoint.</summary>
    public CustomerState? Customer { get; set; }

    /// <summary>When the "advance" reminder is due, so each touchpoint does not rewrite it.</summary>
    public DateTimeOffset? AdvanceDueAt { get; set; }

    /// <summary>The latest <c>displayName</c> (or <c>name</c>) attribute a touchpoint carried; null until one did.</summary>
    public string? DisplayName { get; set; }
}
