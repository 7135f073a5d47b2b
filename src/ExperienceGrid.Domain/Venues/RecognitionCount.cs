namespace ExperienceGrid.Domain.Venues;

/// <summary>WOW moments and recoveries credited to one staff member.</summary>
[GenerateSerializer, Immutable, Alias("Domain.RecognitionCount")]
public sealed record RecognitionCount(
    [property: Id(0)] string StaffId,
    [property: Id(1)] int Wows,
    [property: Id(2)] int Recoveries);
