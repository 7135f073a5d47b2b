namespace ExperienceGrid.Domain;

/// <summary>A guest's current nudge: a wait nearing misery that the floor was told about.</summary>
/// <param name="NudgeId">Deterministic: customer, watched kind and raise time.</param>
/// <param name="Kind">The watched measured kind (e.g. <c>queue.seated</c>).</param>
/// <param name="WaitStartedAt">When the wait began (report time minus the reported minutes for a report).</param>
/// <param name="MiseryAt">When the wait crosses the kind's misery threshold.</param>
/// <param name="AnsweredAt">When a care touchpoint answered it, before <paramref name="MiseryAt"/>; null until then.</param>
public sealed record Nudge(
    string NudgeId,
    string Kind,
    DateTimeOffset RaisedAt,
    DateTimeOffset WaitStartedAt,
    DateTimeOffset MiseryAt,
    DateTimeOffset? AnsweredAt);
