namespace ExperienceGrid.Benchmarks;

/// <summary>A command line the benchmarks cannot run: the message says what is wrong; the program exits with 2.</summary>
public sealed class UsageException(string message) : Exception(message);
