using ExperienceGrid.Domain;

namespace ExperienceGrid.Silo.Ingestion;

/// <summary>A parsed request: either every touchpoint, or the problems and how many items were read.</summary>
public sealed record TouchpointBatch(IReadOnlyList<Touchpoint> Touchpoints, IReadOnlyDictionary<string, string[]> Errors, int ItemCount)
{
    public bool IsValid => Errors.Count == 0;

    public static TouchpointBatch Valid(IReadOnlyList<Touchpoint> touchpoints) =>
        new(touchpoints, new Dictionary<string, string[]>(), touchpoints.Count);

    public static TouchpointBatch Invalid(IReadOnlyDictionary<string, string[]> errors, int itemCount) =>
        new([], errors, itemCount);
}
