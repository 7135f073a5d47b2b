namespace ExperienceGrid.Domain.Configuration;

/// <summary>A catalog entry: how touchpoints of one kind are classified and weighted.</summary>
/// <param name="Thresholds">Set for measured kinds.</param>
/// <param name="FixedMoment">Set for kinds that are a moment by nature (a complaint is misery).</param>
/// <param name="FixedIntensity">Intensity for fixed moments and explicit outcomes without one.</param>
/// <param name="Name">What people read ("Queue wait"); the config's <c>name</c>, else the humanized kind.</param>
/// <param name="AntiPattern">The anti-pattern a misery of this kind represents, if any.</param>
public sealed record TouchpointDefinition(
    string Kind,
    JourneyStage Stage,
    Dimension Dimension,
    TouchpointRole Role,
    MeasuredThresholds? Thresholds,
    MomentKind? FixedMoment,
    double FixedIntensity,
    AntiPattern? AntiPattern,
    string? Unit,
    string Name)
{
    /// <summary>The kind has thresholds: its value is classified against them.</summary>
    public bool IsMeasured => Thresholds is not null;

    /// <summary>Bookkeeping only, never a moment.</summary>
    public bool IsMarker => Role == TouchpointRole.Marker;

    /// <summary>Recovers the oldest unrecovered misery when it happens.</summary>
    public bool IsRecovery => Role == TouchpointRole.Recovery;
}
