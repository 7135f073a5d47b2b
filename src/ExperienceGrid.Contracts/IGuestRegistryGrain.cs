namespace ExperienceGrid.Contracts;

/// <summary>
/// One shard of the guests with pending work: a model check due at a time (a wait nearing misery, a recovery window,
/// a visit's inactivity timeout) or an outbox the venues have not written. A fixed number of shards, each with one
/// reminder, wake their guests when due and on every silo start, so no guest carries a reminder of its own and a
/// crash's undelivered venue effects come back within seconds of the restart.
/// </summary>
[Alias("ExperienceGrid.IGuestRegistryGrain")]
public interface IGuestRegistryGrain : IGrainWithIntegerKey
{
    /// <summary>Shards of the registry; fixed, as each guest is found by a hash of its id modulo this.</summary>
    const int Shards = 64;

    /// <summary>Wakes the guest at <paramref name="due"/> (replacing what it registered before); durable when it returns.</summary>
    [Alias("Register"), AlwaysInterleave]
    Task Register(string customerId, DateTimeOffset due);

    /// <summary>The guest has nothing pending. Not written at once: a guest woken once too often finds nothing and leaves again.</summary>
    [Alias("Leave"), AlwaysInterleave]
    Task Leave(string customerId);

    /// <summary>When the shard wakes the guest next; null when it is not registered.</summary>
    [Alias("GetDue"), ReadOnly]
    Task<DateTimeOffset?> GetDue(string customerId);

    /// <summary>Wakes every registered guest now (a silo started: a crash may have left deliveries unwritten).</summary>
    [Alias("WakeAll"), AlwaysInterleave]
    Task WakeAll();
}
