using Microsoft.Data.Sqlite;

namespace ExperienceGrid.Persistence.Sqlite.Tests.Infrastructure;

/// <summary>A database path in a fresh temp folder of its own, deleted with the folder on dispose.</summary>
public sealed class TempDatabase : IDisposable
{
    /// <summary>The test's own folder; the database's parent does not exist yet, so the provider must create it.</summary>
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "eg-sqlite-tests", Guid.NewGuid().ToString("N"));

    public string DatabasePath => Path.Combine(Folder, "data", "grid.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }
}
