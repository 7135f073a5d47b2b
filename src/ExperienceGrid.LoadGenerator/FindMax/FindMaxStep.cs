namespace ExperienceGrid.LoadGenerator.FindMax;

/// <summary>One rate step of find-max and whether it held (<see cref="Failure"/> says why not).</summary>
public sealed record FindMaxStep(string RunId, double Rate, double AchievedRate, double HttpP99, double PushP99, long Errors, bool Passed, string? Failure);
