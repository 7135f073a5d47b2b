namespace ExperienceGrid.Silo.Apis;

/// <summary>One staff member's credits over the week.</summary>
public sealed record StaffRecognitions(string StaffId, int Wows, int Recoveries);
