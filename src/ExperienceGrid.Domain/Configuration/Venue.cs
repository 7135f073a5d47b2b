namespace ExperienceGrid.Domain.Configuration;

/// <summary>One venue. <see cref="TimeZone"/> is an IANA id (e.g. <c>Europe/London</c>).</summary>
public sealed record Venue(
    string Id,
    string Name,
    string RegionId,
    string BrandId,
    IReadOnlyList<string> Zones,
    string TimeZone);
