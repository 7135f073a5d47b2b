namespace ExperienceGrid.Domain.Configuration;

/// <summary>A geographic region of the chain.</summary>
public sealed record Region(string Id, string Name);
