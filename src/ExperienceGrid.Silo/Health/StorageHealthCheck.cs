using ExperienceGrid.Silo.Grid;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Orleans.Storage;

namespace ExperienceGrid.Silo.Health;

/// <summary>
/// The grain storage takes a write now: reads, then writes, one small record of this silo's own (keyed by its endpoint,
/// so a restarted silo writes the same record) through the grid's <see cref="IGrainStorage"/>, the path every
/// customer's 202 waits on (the SQLite file, or Redis). One probe at a time: two at once would conflict on the ETag.
/// </summary>
public sealed class StorageHealthCheck(
    [FromKeyedServices(GridHostingExtensions.GrainStorage)] IGrainStorage storage,
    ILocalSiloDetails silo,
    TimeProvider time) : IHealthCheck, IDisposable
{
    private const string StateName = "healthProbe";
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var id = GrainId.Create("healthprobe", silo.SiloAddress.Endpoint.ToString());
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var probe = new GrainState<StorageProbe>();
            await storage.ReadStateAsync(StateName, id, probe);
            probe.State = new StorageProbe(time.GetUtcNow());
            await storage.WriteStateAsync(StateName, id, probe);
            return HealthCheckResult.Healthy("writable");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"not writable: {e.GetType().Name}", e);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    public void Dispose() => _oneAtATime.Dispose();
}
