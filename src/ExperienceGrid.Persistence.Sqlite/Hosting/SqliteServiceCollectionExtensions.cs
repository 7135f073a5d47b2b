using ExperienceGrid.Persistence.Sqlite.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Providers;
using Orleans.Runtime.Hosting;

namespace ExperienceGrid.Persistence.Sqlite.Hosting;

/// <summary>
/// <see cref="IServiceCollection"/> registrations of the SQLite grain storage and reminder table. Providers whose
/// options name the same file share one database (one writer, one group-commit queue).
/// </summary>
public static class SqliteServiceCollectionExtensions
{
    /// <summary>Adds SQLite grain storage named <paramref name="name"/> (use it in <c>[PersistentState(…, name)]</c>).</summary>
    public static IServiceCollection AddSqliteGrainStorage(this IServiceCollection services, string name, Action<SqliteStorageOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        AddSqliteDatabases(services, name, configure);
        return services.AddGrainStorage(name, SqliteGrainStorage.Create);
    }

    /// <summary>Adds SQLite grain storage as the default provider (state without a provider name).</summary>
    public static IServiceCollection AddSqliteGrainStorageAsDefault(this IServiceCollection services, Action<SqliteStorageOptions>? configure = null) =>
        services.AddSqliteGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, configure);

    /// <summary>Adds Orleans reminders (<c>AddReminders()</c>) stored in the SQLite reminder table.</summary>
    public static IServiceCollection UseSqliteReminderService(this IServiceCollection services, Action<SqliteStorageOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddReminders();
        AddSqliteDatabases(services, SqliteStorageOptions.RemindersOptionsName, configure);
        services.AddSingleton<IReminderTable>(SqliteReminderTable.Create);
        return services;
    }

    private static void AddSqliteDatabases(IServiceCollection services, string optionsName, Action<SqliteStorageOptions>? configure)
    {
        var options = services.AddOptions<SqliteStorageOptions>(optionsName).ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SqliteStorageOptions>, SqliteStorageOptionsValidator>());
        services.TryAddSingleton<SqliteDatabaseRegistry>();
    }
}
