using System.Text;
using ExperienceGrid.Runtime.Hosting;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Runtime.Partitions;

/// <summary>
/// Places grains on partitions: FNV-1a (32-bit) over the UTF-8 bytes of the key, modulo the partition count.
/// MUST stay stable across processes and versions: stored offsets and snapshots depend on it.
/// </summary>
public sealed class GridPartitioner(IOptions<GridOptions> options)
{
    private const uint FnvOffsetBasis = 2166136261;
    private const uint FnvPrime = 16777619;

    /// <summary>The configured partition count.</summary>
    public int PartitionCount { get; } = options.Value.PartitionCount;

    /// <summary>The partition of a grain key.</summary>
    public int GetPartition(string key) => ComputePartition(key, PartitionCount);

    /// <summary>The partition of <paramref name="key"/> among <paramref name="partitionCount"/> partitions.</summary>
    public static int ComputePartition(string key, int partitionCount) =>
        (int)(Fnv1a(key) % (uint)partitionCount);

    /// <summary>FNV-1a 32-bit hash of the UTF-8 bytes of <paramref name="key"/>.</summary>
    public static uint Fnv1a(string key)
    {
        var max = Encoding.UTF8.GetMaxByteCount(key.Length);
        Span<byte> bytes = max <= 512 ? stackalloc byte[max] : new byte[max];
        var length = Encoding.UTF8.GetBytes(key, bytes);
        var hash = FnvOffsetBasis;
        foreach (var b in bytes[..length])
        {
            hash = (hash ^ b) * FnvPrime;
        }

        return hash;
    }
}
