using ExperienceGrid.Contracts;

namespace ExperienceGrid.Silo.Grains;

/// <summary>
/// Every shard of the guest registry wakes its guests when a silo becomes active, and when the cluster declares a
/// silo dead (told by the first active silo only): the silo that died may have held venues that had not written what
/// their guests delivered, and guests whose own activations died with it, who may never send anything again.
/// </summary>
public sealed partial class GuestRegistryWakeUp(
    IGrainFactory grains,
    IClusterMembershipService membership,
    ILocalSiloDetails silo,
    ILogger<GuestRegistryWakeUp> logger) : ILifecycleParticipant<ISiloLifecycle>
{
    private readonly CancellationTokenSource _stopping = new();

    /// <summary>Adds the wake-up to a silo (a front end has no silo lifecycle and no membership to watch).</summary>
    public static ISiloBuilder AddTo(ISiloBuilder silo)
    {
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, GuestRegistryWakeUp>();
        return silo;
    }

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(GuestRegistryWakeUp), ServiceLifecycleStage.Active, OnStart, OnStop);

    private Task OnStart(CancellationToken cancellationToken)
    {
        // Not awaited: the shards wake their guests in the background, the silo's start does not wait for them.
        _ = WakeAllAsync();
        _ = WatchForDeadSilosAsync(_stopping.Token);
        return Task.CompletedTask;
    }

    private Task OnStop(CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        return Task.CompletedTask;
    }

    private async Task WatchForDeadSilosAsync(CancellationToken stopping)
    {
        var dead = DeadSilos(membership.CurrentSnapshot);
        try
        {
            await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(stopping))
            {
                var now = DeadSilos(snapshot);
                if (now.Except(dead).Any() && IsFirstActive(snapshot))
                {
                    await WakeAllAsync();
                }

                dead = now;
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static HashSet<SiloAddress> DeadSilos(ClusterMembershipSnapshot snapshot) =>
        [.. snapshot.Members.Values.Where(m => m.Status == SiloStatus.Dead).Select(m => m.SiloAddress)];

    private bool IsFirstActive(ClusterMembershipSnapshot snapshot) =>
        snapshot.Members.Values.Where(m => m.Status == SiloStatus.Active).MinBy(m => m.SiloAddress.ToString())?.SiloAddress.Equals(silo.SiloAddress) == true;

    private async Task WakeAllAsync()
    {
        try
        {
            await Task.WhenAll(Enumerable.Range(0, IGuestRegistryGrain.Shards).Select(shard => grains.GetGrain<IGuestRegistryGrain>(shard).WakeAll()));
        }
        catch (Exception e)
        {
            LogWakeAllFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Waking the guest registry failed; its shards' reminders wake their guests within a minute")]
    private static partial void LogWakeAllFailed(ILogger logger, Exception exception);
}
