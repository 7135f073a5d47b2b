namespace ExperienceGrid.Runtime.Membership;

/// <summary>A silo of the cluster as shown by <c>GET /api/cluster</c>.</summary>
/// <param name="SiloId">Unique id of the silo.</param>
/// <param name="Address">Where the silo listens.</param>
/// <param name="Partitions">Partitions it owns now (holds the ownership lock for).</param>
/// <param name="Lag">Journal entries appended to its partitions but not yet committed.</param>
/// <param name="LastHeartbeat">Its last heartbeat (server time).</param>
/// <param name="IsSelf">True for the silo that answered.</param>
public sealed record SiloInfo(string SiloId, string Address, IReadOnlyList<int> Partitions, long Lag, DateTimeOffset LastHeartbeat, bool IsSelf);
