namespace ExperienceGrid.LoadGenerator.Correctness;

/// <summary>A customer whose applied touchpointCount is outside what was sent.</summary>
public sealed record CustomerMismatch(string CustomerId, long AtLeast, long AtMost, long Applied);
