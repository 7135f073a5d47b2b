namespace ExperienceGrid.Silo.Grains;

/// <summary>The persisted state of the retention sweep.</summary>
[GenerateSerializer, Alias("Silo.RetentionSweepGrainState")]
public sealed class RetentionSweepGrainState
{
    /// <summary>The days whose buckets may hold guests, oldest first: a day leaves once all its buckets are swept empty.</summary>
    [Id(0)]
    public List<DateOnly> Days { get; set; } = [];
}
