using Orleans.Storage;

namespace ExperienceGrid.Persistence.Sqlite;

/// <summary>
/// Options for the embedded SQLite grain storage and reminder table. Both use one database file; providers that
/// name the same <see cref="DatabasePath"/> share one writer.
/// </summary>
public sealed class SqliteStorageOptions
{
    /// <summary>The default <see cref="DatabasePath"/>: <c>./data/grid.db</c>.</summary>
    public const string DefaultDatabasePath = "./data/grid.db";

    /// <summary>The default <see cref="MaxBatchSize"/>: 1000 writes per transaction.</summary>
    public const int DefaultMaxBatchSize = 1000;

    /// <summary>The options name the reminder table reads (grain storage providers read the options of their own name).</summary>
    public const string RemindersOptionsName = "ExperienceGrid.Persistence.Sqlite.Reminders";

    /// <summary>The largest accepted <see cref="MaxBatchSize"/>.</summary>
    public const int MaxBatchSizeLimit = 100_000;

    /// <summary>
    /// The SQLite file, relative to the working directory or absolute. Default <see cref="DefaultDatabasePath"/>.
    /// Its folder is created when missing.
    /// </summary>
    public string DatabasePath { get; set; } = DefaultDatabasePath;

    /// <summary>
    /// The most queued writes committed in one transaction. Default <see cref="DefaultMaxBatchSize"/>.
    /// The first provider to open a file sets it for everyone sharing that file.
    /// </summary>
    public int MaxBatchSize { get; set; } = DefaultMaxBatchSize;

    /// <summary>
    /// How grain state is turned into bytes. Default <see langword="null"/>: Orleans' version-tolerant serializer
    /// (<see cref="Storage.PooledGrainStorageSerializer"/>), so state types survive renames through <c>[Alias]</c>.
    /// Not used by the reminder table.
    /// </summary>
    public IGrainStorageSerializer? GrainStorageSerializer { get; set; }
}
