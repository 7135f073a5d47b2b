namespace ExperienceGrid.Runtime.Storage.Postgres;

/// <summary>LISTEN/NOTIFY channel names used by the grid.</summary>
internal static class PostgresChannels
{
    /// <summary>Payload "p:lastOffset,…" of the partitions an append transaction wrote; "*" for all.</summary>
    public const string Appended = "eg_appended";

    /// <summary>Backplane notifications (JSON), or a reference to a backplane_payloads row.</summary>
    public const string Notifications = "eg_notifications";

    /// <summary>Membership changed (a silo left gracefully): rebalance now.</summary>
    public const string Membership = "eg_membership";
}
