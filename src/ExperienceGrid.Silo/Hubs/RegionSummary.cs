namespace ExperienceGrid.Silo.Hubs;

/// <summary>Live totals of one region.</summary>
public sealed record RegionSummary(string RegionId, string Name, int Venues, int CurrentVisitors, int OpenAlerts, double? RecoveryRate);
