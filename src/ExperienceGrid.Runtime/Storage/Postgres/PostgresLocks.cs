namespace ExperienceGrid.Runtime.Storage.Postgres;

/// <summary>
/// Advisory lock keys (two-int form, scoped to the database). Partition p is owned by whoever holds the session
/// lock (<see cref="PartitionNamespace"/>, p); in pg_locks it shows as classid = namespace, objid = p, objsubid = 2.
/// </summary>
internal static class PostgresLocks
{
    public const int PartitionNamespace = 4747;

    public const int SchemaNamespace = 4748;
}
