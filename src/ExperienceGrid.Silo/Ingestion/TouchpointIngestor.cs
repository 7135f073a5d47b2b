using ExperienceGrid.Contracts;
using ExperienceGrid.Domain;
using ExperienceGrid.Silo.Grid;
using ExperienceGrid.Silo.Telemetry;

namespace ExperienceGrid.Silo.Ingestion;

/// <summary>
/// Hands a validated batch to its customers' grains: each customer's touchpoints as one call, in batch order, all
/// customers at once. Returns when every grain has written the state holding its touchpoints, with their results
/// summed. The one path into the grains for <c>POST /api/touchpoints</c> and the demo simulator alike.
/// </summary>
public sealed class TouchpointIngestor(IGrainFactory grains, GridRates rates, GridOutage outage, GridMetrics metrics)
{
    public async Task<RecordResult> IngestAsync(IReadOnlyList<Touchpoint> touchpoints)
    {
        RecordResult[] results;
        try
        {
            results = await Task.WhenAll(touchpoints
                .GroupBy(t => t.CustomerId, StringComparer.Ordinal)
                .Select(customer => grains.GetGrain<ICustomerGrain>(customer.Key).Record([.. customer])));
        }
        catch (Exception e)
        {
            outage.Failed(e);
            throw;
        }

        var result = new RecordResult(results.Sum(r => r.Accepted), results.Sum(r => r.Duplicates));
        rates.Accepted(result.Accepted);
        metrics.Recorded(result);
        return result;
    }
}
