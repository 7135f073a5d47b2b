using ExperienceGrid.Persistence.Sqlite.Hosting;
using ExperienceGrid.Persistence.Sqlite.Tests.Grains;
using ExperienceGrid.Persistence.Sqlite.Tests.Infrastructure;
using Orleans.TestingHost;

namespace ExperienceGrid.Persistence.Sqlite.Tests.Hosting;

public sealed class SiloTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Two_silos_keep_grain_state_across_deactivation_and_fire_reminders_from_one_sqlite_file()
    {
        var path = _database.DatabasePath;
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) => silo
            .AddSqliteGrainStorage(StorageHost.StorageName, options => options.DatabasePath = path)
            .UseSqliteReminderService(options => options.DatabasePath = path)
            .Configure<ReminderOptions>(options => options.MinimumReminderPeriod = TimeSpan.FromSeconds(1)));
        await using var cluster = builder.Build();
        await cluster.DeployAsync();
        var grain = cluster.Client.GetGrain<IProbeGrain>("probe-1");

        var first = await grain.Set(42);
        await cluster.DeactivateAsync(grain);
        var reactivated = await grain.Get();

        Assert.NotEqual(first.ActivationId, reactivated.ActivationId);
        Assert.Equal(42, reactivated.Value);

        await grain.StartTicking(TimeSpan.FromSeconds(1));
        await Eventually.Until(() => grain.Get(), snapshot => snapshot.Ticks >= 2, TimeSpan.FromSeconds(60), "two reminder ticks");

        // Both live in the file, not in some in-memory default: a separate instance finds them there.
        await using var outside = new StorageHost(path, serviceId: cluster.Options.ServiceId);
        var reminder = await outside.Reminders.ReadRow(grain.GetGrainId(), ProbeGrain.ReminderName);
        Assert.NotNull(reminder);
        Assert.Equal(TimeSpan.FromSeconds(1), reminder.Period);
        var stored = new GrainState<ProbeState>();
        await outside.Storage.ReadStateAsync("s", grain.GetGrainId(), stored);
        Assert.Equal(42, stored.State!.Value);
        Assert.True(stored.State.Ticks >= 2, $"stored ticks {stored.State.Ticks}");
    }

    public void Dispose() => _database.Dispose();
}
