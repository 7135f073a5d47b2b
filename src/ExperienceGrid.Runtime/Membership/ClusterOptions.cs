namespace ExperienceGrid.Runtime.Membership;

/// <summary>
/// Options of cluster mode (the PostgreSQL store), bound from the "Cluster" section; the connection string comes
/// from <c>ConnectionStrings:Grid</c>.
/// </summary>
public sealed class ClusterOptions
{
    /// <summary>The configuration section name: "Cluster".</summary>
    public const string SectionName = "Cluster";

    /// <summary>The PostgreSQL connection string (<c>ConnectionStrings:Grid</c>).</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>Unique id of this silo in the silos table. Default: host name, process id and a random suffix.</summary>
    public string SiloId { get; set; } = "";

    /// <summary>The address shown in <c>GET /api/cluster</c>. Default: the first of <c>Urls</c>.</summary>
    public string Address { get; set; } = "";

    /// <summary>
    /// How often a silo heartbeats and rebalances partitions (0.05 s–10 s). Default 0.25 s: it bounds the
    /// takeover time after a silo dies (its advisory locks vanish with its connection at once).
    /// </summary>
    public TimeSpan BalanceInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// A silo whose last heartbeat is older than this is presumed frozen: its connections are terminated, which
    /// frees its partitions (1 s–5 min, and more than 4 balance intervals). Default 5 s.
    /// </summary>
    public TimeSpan SiloExpiry { get; set; } = TimeSpan.FromSeconds(5);
}
