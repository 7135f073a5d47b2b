namespace ExperienceGrid.Silo.Grid;

/// <summary>The co-hosted silo: it serves while it is Active in Orleans' membership (not while it joins, shuts down or was declared dead).</summary>
public sealed class SiloMember(IClusterMembershipService membership, ILocalSiloDetails silo) : IGridMember
{
    public string Address => silo.SiloAddress.ToString();

    public string Name => silo.Name;

    public long? MembershipVersion => membership.CurrentSnapshot.Version.Value;

    public Task<string?> ProblemAsync() =>
        Task.FromResult(membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress) == SiloStatus.Active ? null : "starting");
}
