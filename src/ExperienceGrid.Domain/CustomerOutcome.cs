using ExperienceGrid.Domain.Signals;

namespace ExperienceGrid.Domain;

/// <summary>The new state and what happened, in order.</summary>
public sealed record CustomerOutcome(CustomerState State, IReadOnlyList<ExperienceSignal> Signals);
