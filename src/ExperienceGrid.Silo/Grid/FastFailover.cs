using Orleans.Configuration;

namespace ExperienceGrid.Silo.Grid;

/// <summary>
/// Membership settings that declare a killed silo dead in about 1.2 s on an idle box (Orleans' defaults: 11–15 s):
/// a probe times out after 1 s, two missed probes and one vote suffice. On a box busy enough to miss two probes in a
/// row a live silo can be evicted; it then stops and its grains move: slower, but nothing is lost, as state and
/// reminders are in Redis.
/// </summary>
public static class FastFailover
{
    public static void Apply(ClusterMembershipOptions options)
    {
        options.ProbeTimeout = TimeSpan.FromSeconds(1);
        options.NumMissedProbesLimit = 2;
        options.NumVotesForDeathDeclaration = 1;
        options.DeathVoteExpirationTimeout = TimeSpan.FromSeconds(10);
        options.TableRefreshTimeout = TimeSpan.FromSeconds(5);
    }
}
