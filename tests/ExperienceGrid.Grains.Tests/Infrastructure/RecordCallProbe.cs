using System.Collections.Concurrent;
using ExperienceGrid.Contracts;
using ExperienceGrid.Domain;

namespace ExperienceGrid.Grains.Tests.Infrastructure;

/// <summary>
/// An incoming call filter, shared by the silos of a test cluster, that remembers every <c>ICustomerGrain.Record</c>
/// call that completed, whoever made it (a test, or a venue handing over recovery touchpoints), and can lose the
/// answer of one: the customer applied the batch, the caller gets an exception.
/// </summary>
public sealed class RecordCallProbe : IIncomingGrainCallFilter
{
    private readonly ConcurrentQueue<RecordCall> _calls = new();
    private (string CustomerId, string EventIdPrefix)? _loseAnswer;

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        await context.Invoke();
        if (context.Grain is not ICustomerGrain
            || context.InterfaceMethod?.Name != nameof(ICustomerGrain.Record)
            || context.Result is not RecordResult result
            || context.Request.GetArgument(0) is not IReadOnlyList<Touchpoint> touchpoints)
        {
            return;
        }

        var call = new RecordCall(context.TargetId.Key.ToString()!, [.. touchpoints.Select(t => t.EventId)], result);
        _calls.Enqueue(call);
        lock (_calls)
        {
            if (_loseAnswer is { } lose && lose.CustomerId == call.CustomerId && call.EventIds.Any(id => id.StartsWith(lose.EventIdPrefix, StringComparison.Ordinal)))
            {
                _loseAnswer = null;
                throw new InvalidOperationException($"Test fault: the answer to {call.CustomerId}'s Record of {string.Join(", ", call.EventIds)} was lost");
            }
        }
    }

    /// <summary>The next completed Record call to the customer carrying an event id with the prefix answers with an exception.</summary>
    public void LoseNextAnswer(string customerId, string eventIdPrefix)
    {
        lock (_calls)
        {
            _loseAnswer = (customerId, eventIdPrefix);
        }
    }

    /// <summary>The completed calls to <paramref name="customerId"/> that carried <paramref name="eventId"/>, oldest first.</summary>
    public IReadOnlyList<RecordCall> CallsCarrying(string customerId, string eventId) =>
        [.. _calls.Where(c => c.CustomerId == customerId && c.EventIds.Contains(eventId))];
}
