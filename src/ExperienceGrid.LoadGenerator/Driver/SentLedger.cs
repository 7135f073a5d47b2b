using ExperienceGrid.Domain;
using ExperienceGrid.LoadGenerator.Correctness;

namespace ExperienceGrid.LoadGenerator.Driver;

/// <summary>
/// What was sent, per customer and in total. <see cref="Register"/> runs on the scheduling loop
/// only; the counters are updated by the send tasks with Interlocked.
/// </summary>
internal sealed class SentLedger
{
    private readonly Dictionary<string, CustomerTally> _customers = new(StringComparer.Ordinal);
    private long _offered;
    private long _acked;
    private long _duplicates;
    private long _rejected;
    private long _abandoned;

    public long Offered => Interlocked.Read(ref _offered);
    public long Acked => Interlocked.Read(ref _acked);
    public long Duplicates => Interlocked.Read(ref _duplicates);
    public long Rejected => Interlocked.Read(ref _rejected);
    public long Abandoned => Interlocked.Read(ref _abandoned);

    public CustomerTally[] Register(IReadOnlyList<Touchpoint> batch)
    {
        var tallies = new CustomerTally[batch.Count];
        for (var i = 0; i < batch.Count; i++)
        {
            var id = batch[i].CustomerId;
            if (!_customers.TryGetValue(id, out var tally))
            {
                _customers[id] = tally = new CustomerTally(id);
            }

            Interlocked.Increment(ref tally.Sent);
            tallies[i] = tally;
        }

        Interlocked.Add(ref _offered, batch.Count);
        return tallies;
    }

    public void Accepted(CustomerTally[] tallies, int duplicates)
    {
        foreach (var tally in tallies)
        {
            Interlocked.Increment(ref tally.Acked);
        }

        Interlocked.Add(ref _acked, tallies.Length);
        Interlocked.Add(ref _duplicates, duplicates);
    }

    /// <summary>The silo refused the batch for good (4xx): none of it can be applied.</summary>
    public void RejectedForGood(CustomerTally[] tallies)
    {
        foreach (var tally in tallies)
        {
            Interlocked.Increment(ref tally.Rejected);
        }

        Interlocked.Add(ref _rejected, tallies.Length);
    }

    /// <summary>Retries ran out: the batch may or may not have been applied.</summary>
    public void Abandon(int events) => Interlocked.Add(ref _abandoned, events);

    /// <summary>
    /// Expected <c>touchpointCount</c> per customer: at least what was answered 202 and at most
    /// what was sent minus what was refused (equal unless a batch was abandoned).
    /// </summary>
    public IReadOnlyList<ExpectedCount> Expected() =>
        _customers.Values
            .Select(t => new ExpectedCount(t.CustomerId, Volatile.Read(ref t.Acked), Volatile.Read(ref t.Sent) - Volatile.Read(ref t.Rejected)))
            .OrderBy(e => e.CustomerId, StringComparer.Ordinal)
            .ToList();
}
