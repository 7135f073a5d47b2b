using ExperienceGrid.Runtime.Storage.Postgres;

namespace ExperienceGrid.Runtime.Membership;

/// <summary>A silo left gracefully: rebalance now instead of at the next interval.</summary>
internal sealed class MembershipChannelHandler(PostgresPartitionOwnership ownership) : IPostgresChannelHandler
{
    public string Channel => PostgresChannels.Membership;

    public void Handle(string payload) => ownership.Wake();
}
