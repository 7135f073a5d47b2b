namespace ExperienceGrid.Silo.Journey;

/// <summary>A venue where a journey cell is bad: its misery share and volume in the last hour.</summary>
public sealed record WorstVenue(string VenueId, string Name, string RegionId, long Misery, long Volume, double MiseryShare);
