using ExperienceGrid.Silo.Chain;

namespace ExperienceGrid.Silo.Hubs;

/// <summary>What a dashboard starts from: every venue it may see, and their totals.</summary>
public sealed record DashboardSnapshot(string User, string Role, IReadOnlyList<VenueSummary> Venues, ChainSummary Chain);
