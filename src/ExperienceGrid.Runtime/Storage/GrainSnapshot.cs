namespace ExperienceGrid.Runtime.Storage;

/// <summary>The serialized state of a grain at a partition commit.</summary>
public sealed record GrainSnapshot(GrainId Grain, byte[] State);
