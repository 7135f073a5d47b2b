namespace ExperienceGrid.Domain.Configuration;

/// <summary>A band of alert priority as people read it ("Urgent"), from <see cref="From"/> up to the next level.</summary>
/// <param name="Level">A lower-case word pages use as a css class (<c>urgent</c>).</param>
/// <param name="Name">What people read.</param>
/// <param name="From">The least priority (severity × customer value) of the band.</param>
public sealed record PriorityLevel(string Level, string Name, double From);
