namespace ExperienceGrid.LoadGenerator.Correctness;

/// <summary>The touchpointCount a customer must reach: at least <see cref="AtLeast"/>, at most <see cref="AtMost"/>.</summary>
public sealed record ExpectedCount(string CustomerId, long AtLeast, long AtMost);
