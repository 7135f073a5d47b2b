namespace ExperienceGrid.Runtime.Partitions;

/// <summary>Decides which partitions this silo consumes and hosts. Only the owner may commit a partition.</summary>
public interface IPartitionOwnership
{
    /// <summary>Acquires and returns the partitions this silo owns.</summary>
    ValueTask<IReadOnlyList<int>> AcquireAsync(CancellationToken ct);

    /// <summary>Releases every owned partition (after their final commits).</summary>
    ValueTask ReleaseAsync(CancellationToken ct);
}
