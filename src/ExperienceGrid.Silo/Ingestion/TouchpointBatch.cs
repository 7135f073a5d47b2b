using ExperienceGrid.Domain;

namespace ExperienceGrid.Silo.Ingestion;

/// <summary>
/// A parsed request: either every touchpoint, or the problems and how many items were read. <see cref="VenueIds"/>
/// holds each item's venueId as sent (null when missing or not a string), valid or not, for the key's venue check.
/// </summary>
public sealed record TouchpointBatch(
    IReadOnlyList<Touchpoint> Touchpoints, IReadOnlyDictionary<string, string[]> Errors, int ItemCount, IReadOnlyList<string?> VenueIds)
{
    public bool IsValid => Errors.Count == 0;
}
