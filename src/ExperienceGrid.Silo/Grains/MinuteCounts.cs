namespace ExperienceGrid.Silo.Grains;

/// <summary>Moment counts of one minute (Unix minutes).</summary>
public sealed class MinuteCounts
{
    public long Minute { get; set; }

    public long Misery { get; set; }

    public long Mediocrity { get; set; }

    public long Wow { get; set; }

    /// <summary>Misery moments by touchpoint kind.</summary>
    public Dictionary<string, long> MiseryByKind { get; set; } = [];
}
