namespace ExperienceGrid.Runtime.Membership;

/// <summary>The silos of the grid and the partitions they own (one row for the embedded silo).</summary>
public interface IClusterMembership
{
    /// <summary>This silo's id.</summary>
    string SiloId { get; }

    /// <summary>Every registered silo, ordered by id.</summary>
    Task<IReadOnlyList<SiloInfo>> GetSilosAsync(CancellationToken ct);
}
