namespace ExperienceGrid.Persistence.Sqlite.Hosting;

/// <summary><see cref="ISiloBuilder"/> extensions for the embedded SQLite grain storage and reminder table.</summary>
public static class SqliteSiloBuilderExtensions
{
    /// <summary>Adds SQLite grain storage named <paramref name="name"/> (use it in <c>[PersistentState(…, name)]</c>).</summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="name">The provider name.</param>
    /// <param name="configure">Sets the options; defaults are documented on <see cref="SqliteStorageOptions"/>.</param>
    public static ISiloBuilder AddSqliteGrainStorage(this ISiloBuilder builder, string name, Action<SqliteStorageOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSqliteGrainStorage(name, configure);
        return builder;
    }

    /// <summary>Adds SQLite grain storage as the default provider (state without a provider name).</summary>
    public static ISiloBuilder AddSqliteGrainStorageAsDefault(this ISiloBuilder builder, Action<SqliteStorageOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSqliteGrainStorageAsDefault(configure);
        return builder;
    }

    /// <summary>
    /// Adds Orleans reminders (<c>AddReminders()</c>) stored in the SQLite reminder table. Point
    /// <see cref="SqliteStorageOptions.DatabasePath"/> at the grain storage's file to share its writer.
    /// </summary>
    public static ISiloBuilder UseSqliteReminderService(this ISiloBuilder builder, Action<SqliteStorageOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.UseSqliteReminderService(configure);
        return builder;
    }
}
