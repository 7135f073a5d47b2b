using ExperienceGrid.Persistence.Sqlite.Hosting;
using ExperienceGrid.Persistence.Sqlite.Storage;
using ExperienceGrid.Persistence.Sqlite.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers;
using Orleans.Serialization;
using Orleans.Storage;

namespace ExperienceGrid.Persistence.Sqlite.Tests.Hosting;

public sealed class RegistrationTests : IDisposable
{
    private readonly TempDatabase _database = new();

    [Fact]
    public async Task Storage_and_reminders_on_one_file_share_one_database_and_writer()
    {
        await using var host = new StorageHost(_database.DatabasePath);
        var reminders = (SqliteReminderTable)host.Reminders;

        Assert.Same(host.Database, reminders.Database);
        await host.Reminders.UpsertRow(new ReminderEntry { GrainId = GrainId.Create("shared", "1"), ReminderName = "r", StartAt = DateTime.UtcNow, Period = TimeSpan.FromMinutes(1) });
        await host.Storage.WriteStateAsync("s", GrainId.Create("shared", "1"), new GrainState<CounterState>(new CounterState(1, 1)));
        Assert.Equal(2, host.Database.Writes);
    }

    [Fact]
    public async Task The_default_provider_is_the_sqlite_storage_and_other_files_get_their_own_database()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSerializer();
        services.AddSqliteGrainStorageAsDefault(options => options.DatabasePath = _database.DatabasePath);
        services.AddSqliteGrainStorage("other", options => options.DatabasePath = Path.Combine(_database.Folder, "other.db"));
        await using var provider = services.BuildServiceProvider();

        var byDefault = Assert.IsType<SqliteGrainStorage>(provider.GetRequiredService<IGrainStorage>());
        Assert.Same(byDefault, provider.GetRequiredKeyedService<IGrainStorage>(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME));
        var other = Assert.IsType<SqliteGrainStorage>(provider.GetRequiredKeyedService<IGrainStorage>("other"));
        Assert.NotSame(byDefault.Database, other.Database);
        Assert.Equal(Path.GetFullPath(_database.DatabasePath), byDefault.Database.Path);
    }

    public void Dispose() => _database.Dispose();
}
