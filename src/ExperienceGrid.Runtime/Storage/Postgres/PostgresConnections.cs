using ExperienceGrid.Runtime.Membership;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ExperienceGrid.Runtime.Storage.Postgres;

/// <summary>
/// The connections of one silo to PostgreSQL: a pooled data source for store work and a connection string for
/// dedicated, unpooled connections (ownership locks, LISTEN). Every connection carries the application name
/// <c>eg-silo-{SiloId}</c>, so a frozen silo's sessions can be terminated by the others.
/// </summary>
public sealed class PostgresConnections : IAsyncDisposable
{
    /// <summary>Prefix of the application name of every connection of a silo.</summary>
    public const string ApplicationPrefix = "eg-silo-";

    /// <summary>Builds the data sources from the cluster options.</summary>
    public PostgresConnections(IOptions<ClusterOptions> options)
    {
        var cluster = options.Value;
        SiloId = cluster.SiloId;
        var builder = new NpgsqlConnectionStringBuilder(cluster.ConnectionString)
        {
            ApplicationName = ApplicationPrefix + SiloId,
            TcpKeepAlive = true,
            // Fail fast while the server is down, so ingestion answers 503 promptly.
            Timeout = 3,
            CommandTimeout = 30,
            // A frozen client cannot hold locks forever inside an open transaction.
            Options = "-c idle_in_transaction_session_timeout=15000",
        };
        DataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        builder.Pooling = false;
        UnpooledConnectionString = builder.ConnectionString;
    }

    /// <summary>This silo's id.</summary>
    public string SiloId { get; }

    /// <summary>Pooled connections for store reads and writes.</summary>
    public NpgsqlDataSource DataSource { get; }

    /// <summary>For dedicated long-lived connections: session advisory locks survive only on these.</summary>
    public string UnpooledConnectionString { get; }

    /// <summary>Opens a dedicated unpooled connection.</summary>
    public async Task<NpgsqlConnection> OpenDedicatedAsync(CancellationToken ct)
    {
        var connection = new NpgsqlConnection(UnpooledConnectionString);
        try
        {
            await connection.OpenAsync(ct).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => DataSource.DisposeAsync();
}
