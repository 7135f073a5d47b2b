namespace ExperienceGrid.Domain;

/// <summary>A guest's current nudge: a wait nearing misery that the floor was told about.</summary>
/// <param name="NudgeId">Deterministic: customer, watched kind and raise time.</param>
/// <param name="Kind">The watched measured kind (e.g. <c>queue.seated</c>).</param>
/// <param name="WaitStartedAt">When the wait began (report time minus the reported minutes for a report).</param>
/// <param name="MiseryAt">When the wait crosses the kind's misery threshold.</param>
/// <param name="AnsweredAt">When a care touchpoint answered it, before <paramref name="MiseryAt"/>; null until then.</param>
[GenerateSerializer, Immutable, Alias("Domain.Nudge")]
public sealed record Nudge(
    [property: Id(0)] string NudgeId,
    [property: Id(1)] string Kind,
    [property: Id(2)] DateTimeOffset RaisedAt,
    [property: Id(3)] DateTimeOffset WaitStartedAt,
    [property: Id(4)] DateTimeOffset MiseryAt,
    [property: Id(5)] DateTimeOffset? AnsweredAt);
