namespace ExperienceGrid.Cluster.Tests.Infrastructure;

/// <summary>Partitions owned per silo index, and the cluster's total lag.</summary>
public sealed record ClusterSnapshot(IReadOnlyDictionary<int, int> Owned, long Lag)
{
    public int OwnedBy(params int[] silos) => silos.Sum(s => Owned.GetValueOrDefault(s));

    public override string ToString() => $"owned {{{string.Join(", ", Owned.Select(o => $"{o.Key}: {o.Value}"))}}}, lag {Lag}";
}
