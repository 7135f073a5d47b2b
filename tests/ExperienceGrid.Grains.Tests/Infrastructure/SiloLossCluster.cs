using Orleans.Configuration;

namespace ExperienceGrid.Grains.Tests.Infrastructure;

/// <summary>
/// Venues write once a minute, unclaimed alerts escalate after 2 s, and a killed silo is declared dead within a few
/// seconds (the probe settings measured on this machine), for tests that kill a silo: one such test per class, as the
/// cluster is left with one silo.
/// </summary>
public sealed class SiloLossCluster() : GridCluster(new GridTestSettings(
    VenueWriteInterval: TimeSpan.FromMinutes(1),
    DeliveryRetryInterval: TimeSpan.FromMilliseconds(300),
    ClaimTimeout: TimeSpan.FromSeconds(2)))
{
    protected override void ConfigureSilo(ISiloBuilder silo) =>
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            o.ProbeTimeout = TimeSpan.FromSeconds(1);
            o.NumMissedProbesLimit = 2;
            o.NumVotesForDeathDeclaration = 1;
            o.DeathVoteExpirationTimeout = TimeSpan.FromSeconds(10);
            o.TableRefreshTimeout = TimeSpan.FromSeconds(5);
        });
}
