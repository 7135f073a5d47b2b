using ExperienceGrid.Persistence.Sqlite.Hosting;
using ExperienceGrid.Persistence.Sqlite.Storage;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;

namespace ExperienceGrid.Persistence.Sqlite.Tests.Infrastructure;

/// <summary>
/// The providers as a silo's container builds them, without a silo: one instance is one "process" on the file.
/// Dispose to close it cleanly; abandon it to simulate a crash.
/// </summary>
public sealed class StorageHost : IAsyncDisposable
{
    public const string StorageName = "grid";

    public const string DefaultServiceId = "test-service";

    private readonly ServiceProvider _services;

    public StorageHost(string databasePath, string serviceId = DefaultServiceId, int maxBatchSize = SqliteStorageOptions.DefaultMaxBatchSize)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSerializer(serializer => serializer.AddAssembly(typeof(StorageHost).Assembly));
        services.Configure<ClusterOptions>(cluster => cluster.ServiceId = serviceId);
        services.AddSqliteGrainStorage(StorageName, options =>
        {
            options.DatabasePath = databasePath;
            options.MaxBatchSize = maxBatchSize;
        });
        services.UseSqliteReminderService(options => options.DatabasePath = databasePath);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = false, ValidateScopes = true });
        Storage = _services.GetRequiredKeyedService<IGrainStorage>(StorageName);
        Reminders = _services.GetRequiredService<IReminderTable>();
    }

    public IGrainStorage Storage { get; }

    public IReminderTable Reminders { get; }

    /// <summary>The file's single writer, shared by <see cref="Storage"/> and <see cref="Reminders"/>.</summary>
    internal SqliteDatabase Database => ((SqliteGrainStorage)Storage).Database;

    public IServiceProvider Services => _services;

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
