using ExperienceGrid.Runtime.Partitions;

namespace ExperienceGrid.Runtime.Tests.Partitions;

public sealed class GridPartitionerTests
{
    [Theory]
    [InlineData("", 0x811c9dc5u)]
    [InlineData("a", 0xe40c292cu)]
    [InlineData("foobar", 0xbf9cf968u)]
    public void Hash_is_fnv1a_over_utf8(string key, uint expected) => Assert.Equal(expected, GridPartitioner.Fnv1a(key));

    [Fact]
    public void Partition_is_stable_and_in_range()
    {
        Assert.Equal((int)(0xe40c292cu % 64), GridPartitioner.ComputePartition("a", 64));
        Assert.All(Enumerable.Range(0, 500), i => Assert.InRange(GridPartitioner.ComputePartition($"c-{i}", 7), 0, 6));
        Assert.Equal(GridPartitioner.ComputePartition("café-ü", 64), GridPartitioner.ComputePartition("café-ü", 64));
    }
}
