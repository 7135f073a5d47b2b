namespace ExperienceGrid.Contracts;

/// <summary>Moment counts of one minute of event time (Unix minutes).</summary>
public sealed record MinuteMoments(long Minute, long Misery, long Mediocrity, long Wow);
