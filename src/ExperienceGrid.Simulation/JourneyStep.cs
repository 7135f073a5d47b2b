using ExperienceGrid.Domain;

namespace ExperienceGrid.Simulation;

/// <summary>A touchpoint a simulated guest will meet: its kind and, when known, its measure or outcome.</summary>
/// <param name="Pause">How long after the guest's previous touchpoint it comes, in a paced run (see <see cref="JourneyOptions.Pace"/>).</param>
public sealed record JourneyStep(string Kind, double? Value = null, MomentKind? Outcome = null, TimeSpan Pause = default);
