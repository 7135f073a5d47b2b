namespace ExperienceGrid.Domain.Configuration;

/// <summary>
/// A watched wait: <paramref name="Kind"/> is a measured lower-is-better kind in minutes. A report of it
/// near its misery threshold raises a nudge; with <paramref name="StartedBy"/>, the wait also runs from that
/// touchpoint until <paramref name="Kind"/> is reported, and the customer grain's reminder watches it in between.
/// </summary>
public sealed record NudgeWatch(string Kind, string? StartedBy);
