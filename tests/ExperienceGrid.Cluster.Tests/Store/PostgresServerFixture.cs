using ExperienceGrid.Cluster.Tests.Infrastructure;
using Npgsql;

namespace ExperienceGrid.Cluster.Tests.Store;

/// <summary>One private PostgreSQL (started by scripts/cluster.sh) for the store tests; each test gets its own database.</summary>
public sealed class PostgresServerFixture : IAsyncLifetime
{
    private int _databases;

    public ClusterScript Cluster { get; } = new("store");

    public Task InitializeAsync() => Cluster.PostgresUpAsync();

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    /// <summary>Creates a fresh database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"store_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}"[..20];
        await using var connection = new NpgsqlConnection(Cluster.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await command.ExecuteNonQueryAsync();
        return Cluster.ConnectionString(name);
    }
}
