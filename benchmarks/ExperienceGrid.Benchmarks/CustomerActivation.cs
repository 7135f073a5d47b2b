using ExperienceGrid.Contracts;
using ExperienceGrid.Domain;
using ExperienceGrid.Domain.Configuration;

namespace ExperienceGrid.Benchmarks;

/// <summary>
/// Activates customer grains the way ingestion does: each customer's touchpoints in one <c>Record</c> call (a
/// durable state write, then the delivery to its venue). Guests are spread over the chain's venues.
/// </summary>
public static class CustomerActivation
{
    // The start of a good visit: what most guests on the floor have sent.
    private static readonly (string Kind, double? Value)[] _script = [("visit.start", null), ("queue.wait", 3.0), ("greeting", 40), ("order.taken", 2.0)];

    public const int MaxTouchpoints = 4;

    /// <summary>Each customer's touchpoints (the first <paramref name="touchpoints"/> of a visit), made up front.</summary>
    public static IReadOnlyList<Touchpoint>[] Script(ChainConfig chain, string prefix, int customers, int touchpoints)
    {
        var at = DateTimeOffset.UtcNow;
        return [.. Enumerable.Range(0, customers).Select(i =>
        {
            var customerId = $"{prefix}-{i:D7}";
            var venueId = chain.Venues[i % chain.Venues.Count].Id;
            return (IReadOnlyList<Touchpoint>)[.. _script.Take(touchpoints).Select((step, k) =>
                new Touchpoint($"{customerId}-{k}", customerId, venueId, step.Kind, at, step.Value))];
        })];
    }

    /// <summary>References to the customers' grains (made before a memory baseline, so they cancel out).</summary>
    public static ICustomerGrain[] Grains(IGrainFactory grains, IReadOnlyList<Touchpoint>[] script) =>
        [.. script.Select(touchpoints => grains.GetGrain<ICustomerGrain>(touchpoints[0].CustomerId))];

    /// <summary>
    /// Records every customer's touchpoints, <paramref name="concurrency"/> calls at a time. With
    /// <paramref name="recordTouchpoints"/> false each customer is only activated (<c>GetView</c>: its state is read,
    /// nothing is written, no reminder, no venue).
    /// </summary>
    public static Task RecordAsync(ICustomerGrain[] customers, IReadOnlyList<Touchpoint>[] script, int concurrency, bool recordTouchpoints = true) =>
        Concurrently.ForEachAsync([.. Enumerable.Range(0, customers.Length)], concurrency, "activating", "customers", async index =>
        {
            if (!recordTouchpoints)
            {
                await customers[index].GetView();
            }
            else if ((await customers[index].Record(script[index])).Accepted != script[index].Count)
            {
                throw new InvalidOperationException($"customer {index} did not accept all of its {script[index].Count} touchpoints");
            }
        });
}
