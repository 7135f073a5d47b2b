namespace ExperienceGrid.Cluster.Tests.Infrastructure;

/// <summary>The silos of <c>GET /api/cluster</c> by silo number: membership status and activations.</summary>
public sealed record ClusterView(IReadOnlyList<ClusterView.Member> Silos)
{
    /// <summary>The live entry of silo <paramref name="index"/>: a restarted silo keeps the dead entries of its earlier runs.</summary>
    public Member? Active(int index) => Silos.FirstOrDefault(s => s.Index == index && s.Status == "Active");

    public int ActivationsOn(int index) => Active(index)?.Activations ?? 0;

    public override string ToString() =>
        string.Join(", ", Silos.OrderBy(s => s.Index).Select(s => $"silo {s.Index} {s.Status} {s.Activations} activations"));

    public sealed record Member(int Index, string Status, int Activations);
}
