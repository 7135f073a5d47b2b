using ExperienceGrid.Domain;

namespace ExperienceGrid.Simulation;

/// <summary>A touchpoint a simulated guest will meet: its kind and, when known, its measure or outcome.</summary>
public sealed record JourneyStep(string Kind, double? Value = null, MomentKind? Outcome = null);
