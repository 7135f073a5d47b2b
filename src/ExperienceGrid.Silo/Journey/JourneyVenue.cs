namespace ExperienceGrid.Silo.Journey;

/// <summary>A venue as the journey map's filters list it.</summary>
public sealed record JourneyVenue(string VenueId, string Name, string RegionId, string VenueType);
