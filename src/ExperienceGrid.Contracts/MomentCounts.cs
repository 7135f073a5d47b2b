namespace ExperienceGrid.Contracts;

public sealed record MomentCounts(long Misery, long Mediocrity, long Wow);
