namespace ExperienceGrid.Runtime.Partitions;

/// <summary>
/// A partition commit was refused: the partition was acquired again (its ownership epoch moved on) since the
/// committing host acquired it. Nothing of the refused commit was written.
/// </summary>
public sealed class PartitionFencedException(int partition, long epoch)
    : Exception($"Partition {partition} is no longer owned with epoch {epoch}; the commit was refused.")
{
    /// <summary>The partition of the refused commit.</summary>
    public int Partition { get; } = partition;

    /// <summary>The stale epoch the commit carried.</summary>
    public long Epoch { get; } = epoch;
}
