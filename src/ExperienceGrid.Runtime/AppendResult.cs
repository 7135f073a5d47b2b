namespace ExperienceGrid.Runtime;

/// <summary>Outcome of a durable append: new messages and messages whose id was already journaled.</summary>
public readonly record struct AppendResult(int Accepted, int Duplicates);
