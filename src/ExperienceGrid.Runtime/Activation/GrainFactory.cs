using System.Reflection;
using ExperienceGrid.Runtime.Partitions;

namespace ExperienceGrid.Runtime.Activation;

/// <summary>Creates grain references; the partition of a grain is a stable hash of its key.</summary>
internal sealed class GrainFactory(GrainTypeRegistry grains, GridPartitioner partitioner, PartitionRegistry partitions) : IGrainFactory
{
    public TGrain GetGrain<TGrain>(string key) where TGrain : IGrainWithStringKey
    {
        ArgumentNullException.ThrowIfNull(key);
        var registration = grains.GetByInterface(typeof(TGrain));
        var proxy = DispatchProxy.Create<TGrain, GrainProxy>();
        ((GrainProxy)(object)proxy).Initialize(new GrainId(registration.Name, key), partitioner.GetPartition(key), partitions);
        return proxy;
    }
}
