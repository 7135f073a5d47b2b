using Xunit.Abstractions;

namespace ExperienceGrid.Cluster.Tests.Infrastructure;

/// <summary>Exactly-once checks against what a <see cref="LoadDriver"/> had answered 202.</summary>
public static class ClusterAssert
{
    /// <summary>
    /// Every customer's <c>touchpointCount</c> equals the events answered 202 for them (none lost, none applied
    /// twice), read through <paramref name="silo"/>; then each venue counts exactly the moments answered 202 for
    /// its customers, once it has them all (<paramref name="settle"/>: a venue's unwritten deliveries come back from
    /// the customers' outboxes, woken by the guest registry for customers whose silo died), and still does a retry interval later.
    /// </summary>
    public static async Task ExactlyOnceAsync(ClusterClient client, int silo, LoadDriver load, TimeSpan settle, ITestOutputHelper output)
    {
        var expected = load.Expected.ToDictionary();
        var wrong = new List<string>();
        await Parallel.ForEachAsync(expected, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (customer, _) =>
        {
            var applied = await client.TouchpointCountAsync(silo, customer.Key);
            if (applied != customer.Value)
            {
                lock (wrong)
                {
                    wrong.Add($"{customer.Key}: accepted {customer.Value}, applied {applied} ({(applied < customer.Value ? "lost" : "duplicated")})");
                }
            }
        });
        Assert.True(wrong.Count == 0, $"{wrong.Count} of {expected.Count} customers differ:\n{string.Join('\n', wrong.Take(20))}");

        var moments = load.ExpectedMoments.ToDictionary();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var counted = await Eventually.Until(
            () => client.VenueMomentsAsync(silo),
            counts => counts.Any(c => c.Value > moments.GetValueOrDefault(c.Key)) || counts.All(c => c.Value == moments.GetValueOrDefault(c.Key)),
            settle,
            $"every venue to count the moments accepted for its customers ({Describe(moments)})");
        AssertVenues(moments, counted);
        output.WriteLine($"venues counted every accepted moment {clock.Elapsed.TotalSeconds:0.0} s after the customers were checked: {Describe(moments)}");

        // A delivery that came again after the venue had counted it would show within a retry interval (2 s).
        var until = DateTime.UtcNow.AddSeconds(3);
        while (DateTime.UtcNow < until)
        {
            AssertVenues(moments, await client.VenueMomentsAsync(silo));
            await Task.Delay(250);
        }

        output.WriteLine($"exactly once: {expected.Values.Sum()} events of {expected.Count} customers, {moments.Values.Sum()} moments at {moments.Count} venues");
    }

    private static void AssertVenues(Dictionary<string, int> expected, Dictionary<string, long> counted)
    {
        var wrong = counted
            .Where(c => c.Value != expected.GetValueOrDefault(c.Key))
            .Select(c => $"{c.Key}: accepted {expected.GetValueOrDefault(c.Key)}, counted {c.Value}")
            .ToList();
        Assert.True(wrong.Count == 0, $"venue moments differ:\n{string.Join('\n', wrong)}");
        Assert.Equal(expected.Values.Sum(), counted.Values.Sum());
    }

    private static string Describe(Dictionary<string, int> moments) =>
        $"{moments.Values.Sum()} in total at {moments.Count} venues";
}
