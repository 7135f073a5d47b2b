using ExperienceGrid.Silo.Grains;

namespace ExperienceGrid.Benchmarks;

/// <summary>One customer state write: the grain's key and the state it writes.</summary>
public sealed record CustomerWrite(string CustomerId, CustomerGrainState State);
