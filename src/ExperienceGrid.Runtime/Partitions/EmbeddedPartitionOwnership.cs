namespace ExperienceGrid.Runtime.Partitions;

/// <summary>Embedded mode: the one silo owns every partition.</summary>
public sealed class EmbeddedPartitionOwnership(GridPartitioner partitioner) : IPartitionOwnership
{
    /// <inheritdoc />
    public ValueTask<IReadOnlyList<int>> AcquireAsync(CancellationToken ct) =>
        ValueTask.FromResult<IReadOnlyList<int>>(Enumerable.Range(0, partitioner.PartitionCount).ToArray());

    /// <inheritdoc />
    public ValueTask ReleaseAsync(CancellationToken ct) => ValueTask.CompletedTask;
}
