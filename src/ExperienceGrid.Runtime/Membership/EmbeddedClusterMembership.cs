using ExperienceGrid.Runtime.Partitions;
using Microsoft.Extensions.Configuration;

namespace ExperienceGrid.Runtime.Membership;

/// <summary>Embedded mode: this silo is the cluster and owns every partition it hosts.</summary>
internal sealed class EmbeddedClusterMembership(PartitionRegistry partitions, PartitionSignals signals, TimeProvider timeProvider, IConfiguration configuration)
    : IClusterMembership
{
    public string SiloId => "embedded";

    public Task<IReadOnlyList<SiloInfo>> GetSilosAsync(CancellationToken ct)
    {
        var hosts = partitions.Hosts.OrderBy(h => h.Partition).ToList();
        var lag = hosts.Sum(h => Math.Max(0, signals.Head(h.Partition) - h.CommittedOffset));
        var address = configuration["Urls"]?.Split(';')[0] ?? "";
        IReadOnlyList<SiloInfo> silos = [new SiloInfo(SiloId, address, [.. hosts.Select(h => h.Partition)], lag, timeProvider.GetUtcNow(), IsSelf: true)];
        return Task.FromResult(silos);
    }
}
