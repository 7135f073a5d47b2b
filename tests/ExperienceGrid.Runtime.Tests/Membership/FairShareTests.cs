using ExperienceGrid.Runtime.Membership;

namespace ExperienceGrid.Runtime.Tests.Membership;

public sealed class FairShareTests
{
    [Theory]
    [InlineData(64, 1)]
    [InlineData(64, 3)]
    [InlineData(64, 5)]
    [InlineData(7, 9)]
    public void Targets_of_the_live_silos_cover_every_partition_and_differ_by_at_most_one(int partitions, int silos)
    {
        var members = Enumerable.Range(0, silos).Select(i => $"silo-{i * 7919 % 101}").ToList();
        var targets = members.Select(m => FairShare.Target(partitions, members, m)).ToList();
        Assert.Equal(partitions, targets.Sum());
        Assert.True(targets.Max() - targets.Min() <= 1);
    }

    [Fact]
    public void Every_silo_computes_the_same_targets_whatever_order_it_lists_the_members_in()
    {
        string[] members = ["b", "c", "a"];
        Assert.Equal(22, FairShare.Target(64, members, "a"));
        Assert.Equal(21, FairShare.Target(64, members.Reverse().ToArray(), "b"));
        Assert.Equal(21, FairShare.Target(64, ["c", "a", "b", "a"], "c"));
    }

    [Fact]
    public void A_silo_missing_from_the_live_members_targets_nothing() =>
        Assert.Equal(0, FairShare.Target(64, ["a", "b"], "dead"));

    [Fact]
    public void Silos_try_free_partitions_from_different_starting_points()
    {
        var free = Enumerable.Range(0, 64).ToList();
        var first = FairShare.Candidates(free, 64, "silo-a").First();
        var second = FairShare.Candidates(free, 64, "silo-b").First();
        Assert.NotEqual(first, second);
        Assert.Equal(free, FairShare.Candidates(free, 64, "silo-a").Order());
    }
}
