using ExperienceGrid.Contracts;

namespace ExperienceGrid.Silo.Alerts;

/// <summary>Published by the venue grain after the commit that put <paramref name="Nudge"/> on the floor or took it off.</summary>
public sealed record FloorNudgeChanged(FloorNudge Nudge);
