using ExperienceGrid.Contracts;

namespace ExperienceGrid.Silo.Alerts;

/// <summary>Published by the venue grain after the commit that changed <paramref name="Alert"/>.</summary>
public sealed record FloorAlertChanged(FloorAlert Alert, AlertChange Change);
