namespace ExperienceGrid.Runtime.Membership;

/// <summary>
/// The fair share of partitions per live silo: every silo computes the same targets from the same sorted member
/// list, so the silos converge without coordination (those over target release, those under acquire free ones).
/// </summary>
public static class FairShare
{
    /// <summary>
    /// Partitions silo <paramref name="self"/> should own: P / n, plus one for the first P mod n silos in ordinal
    /// order of their ids. 0 if <paramref name="self"/> is not among <paramref name="liveSilos"/>.
    /// </summary>
    public static int Target(int partitionCount, IReadOnlyCollection<string> liveSilos, string self)
    {
        ArgumentNullException.ThrowIfNull(liveSilos);
        var ordered = liveSilos.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var rank = ordered.IndexOf(self);
        if (rank < 0)
        {
            return 0;
        }

        return (partitionCount / ordered.Count) + (rank < partitionCount % ordered.Count ? 1 : 0);
    }

    /// <summary>Free partitions in the order <paramref name="self"/> tries them: rotated by a stable hash so silos rarely race for the same one.</summary>
    public static IEnumerable<int> Candidates(IEnumerable<int> free, int partitionCount, string self)
    {
        var offset = (int)(Partitions.GridPartitioner.Fnv1a(self) % (uint)partitionCount);
        return free.OrderBy(p => (p - offset + partitionCount) % partitionCount);
    }
}
