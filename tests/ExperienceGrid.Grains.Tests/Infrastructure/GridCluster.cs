using ExperienceGrid.Contracts;
using ExperienceGrid.Silo.Grains;
using ExperienceGrid.Silo.Grid;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Storage;
using Orleans.TestingHost;

namespace ExperienceGrid.Grains.Tests.Infrastructure;

/// <summary>
/// Two in-process silos configured like the product, on one SQLite file in a temp folder (deleted on dispose),
/// with helpers to place, deactivate and read grains straight from storage.
/// </summary>
public abstract class GridCluster(GridTestSettings settings) : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"eg-grains-{Guid.NewGuid():N}");

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public RecordCallProbe Records { get; } = new();

    /// <summary>Counts every grain call of the cluster by method and grain, and can fail or hold one.</summary>
    public GrainCallProbe Calls { get; } = new();

    public GridTestSettings Settings => settings;

    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        var database = Path.Combine(_folder, "grid.db");
        var builder = new InProcessTestClusterBuilder(2);
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureSiloHost((_, host) => host.Logging
            .AddFilter("Orleans", LogLevel.Warning)
            .AddFilter("Polly", LogLevel.Warning)
            .AddFilter("Microsoft", LogLevel.Warning));
        builder.ConfigureSilo((_, silo) => ConfigureSilo(silo.AddTestGrid(database, settings, Records, Calls)));
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync()
    {
        await Cluster.StopAllSilosAsync();
        await Cluster.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }

    /// <summary>Adds to a silo's configuration (after the grid's).</summary>
    protected virtual void ConfigureSilo(ISiloBuilder silo)
    {
    }

    public ICustomerGrain Customer(string customerId) => Grains.GetGrain<ICustomerGrain>(customerId);

    public IVenueGrain Venue(string venueId) => Grains.GetGrain<IVenueGrain>(venueId);

    /// <summary>The silo holding the grain's activation, or null when it is not active.</summary>
    public SiloAddress? SiloOf(IAddressable grain) =>
        Cluster.TryGetGrainContext(grain.GetGrainId(), out var context) ? context.Address.SiloAddress : null;

    /// <summary>Deactivates the grain (without letting it be called meanwhile) and checks it is gone.</summary>
    public async Task DeactivateAsync(IAddressable grain)
    {
        await Cluster.DeactivateAsync(grain);
        Assert.Null(SiloOf(grain));
    }

    /// <summary>
    /// Activates a venue, then customers named <paramref name="customerPrefix"/>-0, -1, … until one lands on the other
    /// silo (placement is random). Only reads, so neither grain has state yet.
    /// </summary>
    public Task<(ICustomerGrain Customer, string CustomerId, IVenueGrain Venue)> OnDifferentSilosAsync(string customerPrefix, string venueId) =>
        PlaceAsync(customerPrefix, venueId, together: false);

    /// <summary>As <see cref="OnDifferentSilosAsync"/>, with the customer on the venue's silo.</summary>
    public Task<(ICustomerGrain Customer, string CustomerId, IVenueGrain Venue)> OnOneSiloAsync(string customerPrefix, string venueId) =>
        PlaceAsync(customerPrefix, venueId, together: true);

    private async Task<(ICustomerGrain Customer, string CustomerId, IVenueGrain Venue)> PlaceAsync(string customerPrefix, string venueId, bool together)
    {
        var venue = Venue(venueId);
        await venue.GetView();
        var venueSilo = SiloOf(venue) ?? throw new InvalidOperationException($"venue {venueId} is not active");
        for (var i = 0; i < 64; i++)
        {
            var customerId = $"{customerPrefix}-{i}";
            var customer = Customer(customerId);
            await customer.GetView();
            if (SiloOf(customer) is { } silo && (silo == venueSilo) == together)
            {
                return (customer, customerId, venue);
            }
        }

        throw new InvalidOperationException("64 customers all landed on one side of the venue's silo: placement is not random");
    }

    /// <summary>The call's answer, or null while the cluster cannot answer it (right after a silo was killed).</summary>
    public static async Task<T?> UnlessUnreachableAsync<T>(Func<Task<T>> call)
        where T : class
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (e is OrleansException or TimeoutException)
        {
            return null;
        }
    }

    /// <summary>The reminder as the reminder table holds it, or null when there is none.</summary>
    public async Task<ReminderEntry?> ReadReminderAsync(IAddressable grain, string reminderName) =>
        await LiveSilo.GetRequiredService<IReminderTable>().ReadRow(grain.GetGrainId(), reminderName);

    /// <summary>The names of the grain's reminders as the reminder table holds them.</summary>
    public async Task<IReadOnlyList<string>> ReadReminderNamesAsync(IAddressable grain) =>
        [.. (await LiveSilo.GetRequiredService<IReminderTable>().ReadRows(grain.GetGrainId())).Reminders.Select(r => r.ReminderName)];

    /// <summary>When the guest registry's stored state wakes the guest; null when it is not registered there.</summary>
    public async Task<DateTimeOffset?> ReadRegisteredDueAsync(string customerId) =>
        await ReadStoredAsync<GuestRegistryGrainState>("guest-registry", GuestRegistryGrain.Of(Grains, customerId)) is { } shard
            && shard.Due.TryGetValue(customerId, out var due) ? due : null;

    private IServiceProvider LiveSilo => Cluster.Silos.First(s => s.IsActive).ServiceProvider;

    /// <summary>The grain's state as storage holds it (read through a silo's "grid" provider), or null when never written.</summary>
    public async Task<TState?> ReadStoredAsync<TState>(string stateName, IAddressable grain)
        where TState : class
    {
        var state = await ReadStateAsync<TState>(stateName, grain);
        return state.RecordExists ? state.State : null;
    }

    /// <summary>How many times the grain's state was written (or cleared): the SQLite provider's ETag is the row's version.</summary>
    public async Task<long> CountStoredWritesAsync<TState>(string stateName, IAddressable grain)
        where TState : class =>
        (await ReadStateAsync<TState>(stateName, grain)).ETag is { } eTag ? long.Parse(eTag, System.Globalization.CultureInfo.InvariantCulture) : 0;

    private async Task<GrainState<TState>> ReadStateAsync<TState>(string stateName, IAddressable grain)
        where TState : class
    {
        var storage = LiveSilo.GetRequiredKeyedService<IGrainStorage>(GridHostingExtensions.GrainStorage);
        var state = new GrainState<TState>();
        await storage.ReadStateAsync(stateName, grain.GetGrainId(), state);
        return state;
    }
}
