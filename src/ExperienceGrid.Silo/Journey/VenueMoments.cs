using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Domain.Venues;

namespace ExperienceGrid.Silo.Journey;

/// <summary>One venue's moments by touchpoint kind: the last hour, and the same hour a week earlier (null without data).</summary>
public sealed record VenueMoments(
    Venue Venue,
    IReadOnlyDictionary<string, MomentCounts> LastHour,
    IReadOnlyDictionary<string, MomentCounts>? LastWeek);
