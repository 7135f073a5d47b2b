namespace ExperienceGrid.Cluster.Tests.Infrastructure;

/// <summary>Cluster-wide assertions that wait for the system to settle (with deadlines), then check exactly.</summary>
public static class ClusterAssert
{
    /// <summary>Waits until <paramref name="silos"/> own every partition and nothing is left to consume.</summary>
    public static Task<ClusterSnapshot> SettledAsync(ClusterClient client, int observer, int[] silos, TimeSpan timeout) =>
        Eventually.Until(
            () => client.ClusterAsync(observer),
            s => s.OwnedBy(silos) == ClusterClient.PartitionCount && s.Lag == 0,
            timeout,
            $"silos {string.Join(',', silos)} to own all partitions with no lag");

    /// <summary>
    /// Every customer's touchpointCount equals what was answered 202, read through <paramref name="silo"/>, and the
    /// venue counted each of those moments once (they reach it through the customer grains' outboxes).
    /// </summary>
    public static async Task AppliedExactlyOnceAsync(ClusterClient client, int silo, IReadOnlyDictionary<string, int> expected)
    {
        var wrong = new List<string>();
        foreach (var (customer, count) in expected)
        {
            var applied = await client.CountAsync(silo, customer);
            if (applied != count)
            {
                wrong.Add($"{customer}: sent {count}, applied {applied}");
            }
        }

        Assert.True(wrong.Count == 0, $"{wrong.Count} of {expected.Count} customers differ:\n{string.Join('\n', wrong.Take(20))}");
        Assert.Equal(expected.Values.Sum(), await client.VenueMomentsAsync(silo));
    }
}
