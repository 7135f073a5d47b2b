namespace ExperienceGrid.Domain.Configuration;

/// <summary>Visit lifecycle settings.</summary>
/// <param name="InactivityTimeout">A visit with no touchpoint for this long closes.</param>
public sealed record VisitSettings(TimeSpan InactivityTimeout);
