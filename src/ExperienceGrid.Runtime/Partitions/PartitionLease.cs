namespace ExperienceGrid.Runtime.Partitions;

/// <summary>A partition this silo owns, with the ownership epoch its commits are fenced with (0 = unfenced).</summary>
public readonly record struct PartitionLease(int Partition, long Epoch);
