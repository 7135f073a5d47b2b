using ExperienceGrid.Silo.Grid;
using Orleans.Configuration;

namespace ExperienceGrid.Grains.Tests.Infrastructure;

/// <summary>
/// Venues write once a minute, unclaimed alerts escalate after 2 s, and a killed silo is declared dead within a few
/// seconds (the product's cluster settings), for tests that kill a silo: one such test per class, as the
/// cluster is left with one silo.
/// </summary>
public sealed class SiloLossCluster() : GridCluster(new GridTestSettings(
    VenueWriteInterval: TimeSpan.FromMinutes(1),
    DeliveryRetryInterval: TimeSpan.FromMilliseconds(300),
    ClaimTimeout: TimeSpan.FromSeconds(2)))
{
    protected override void ConfigureSilo(ISiloBuilder silo) => silo.Configure<ClusterMembershipOptions>(FastFailover.Apply);
}
