namespace ExperienceGrid.Runtime.Membership;

/// <summary>What one balancing round sees: registered silos and the holder (backend pid) of every partition lock.</summary>
internal sealed record ClusterView(IReadOnlyList<ClusterView.Member> Members, IReadOnlyDictionary<int, int> LockHolders)
{
    /// <summary>A silos row; <paramref name="Connected"/> = its ownership connection is alive.</summary>
    public sealed record Member(string SiloId, int LockPid, bool Expired, bool Connected);
}
