using System.Threading.Channels;
using ExperienceGrid.Runtime.Partitions;
using ExperienceGrid.Runtime.Storage.Postgres;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Runtime.Membership;

/// <summary>
/// Cluster ownership: a silo owns partition p while its dedicated connection holds the session advisory lock for p.
/// A balancing loop heartbeats, expires frozen silos, and converges on the fair share: over target it stops hosts
/// (final commit) and then unlocks; under target it locks free partitions, bumps their epochs and starts hosts.
/// A silo's locks vanish with its connection when it dies, so the others take over on their next round.
/// </summary>
internal sealed partial class PostgresPartitionOwnership(
    PostgresConnections connections,
    PartitionHostManager hosts,
    GridPartitioner partitioner,
    IOptions<ClusterOptions> options,
    TimeProvider timeProvider,
    ILogger<PostgresPartitionOwnership> logger) : IPartitionOwnership
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _stopping = new();
    private readonly ClusterOptions _options = options.Value;
    private SiloLockConnection? _connection;
    private Task _loop = Task.CompletedTask;

    private string SiloId => connections.SiloId;

    /// <summary>Asks for a balancing round now (a silo left or joined).</summary>
    public void Wake() => _wake.Writer.TryWrite(true);

    /// <summary>Runs a first round (registering this silo), then balances in the background. Returns no partitions:
    /// hosts are started through <see cref="PartitionHostManager"/> as locks are acquired.</summary>
    public async ValueTask<IReadOnlyList<int>> AcquireAsync(CancellationToken ct)
    {
        hosts.EnableReadOnlyFallback();
        await RoundAsync(ct).ConfigureAwait(false);
        _loop = Task.Run(() => LoopAsync(_stopping.Token), CancellationToken.None);
        return [];
    }

    /// <summary>Graceful leave, after the hosts stopped with their final commits: unlock all at once and tell the others.</summary>
    public async ValueTask ReleaseAsync(CancellationToken ct)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        if (_connection is { } connection)
        {
            try
            {
                await connection.LeaveAsync(SiloId, ct).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                // The locks still vanish when the connection closes below.
                PostgresLog.BalanceFailed(logger, ex, SiloId);
            }

            await connection.DisposeAsync().ConfigureAwait(false);
            _connection = null;
        }
    }

    private async Task LoopAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            try
            {
                using var timeout = new CancellationTokenSource(_options.BalanceInterval, timeProvider);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
                await _wake.Reader.WaitToReadAsync(linked.Token).ConfigureAwait(false);
                _wake.Reader.TryRead(out _);
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                // The interval elapsed.
            }
            catch (OperationCanceledException)
            {
                break;
            }

            try
            {
                await RoundAsync(ct).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                PostgresLog.BalanceFailed(logger, ex, SiloId);
                await ResetAsync().ConfigureAwait(false);
            }
        }
    }

    /// <summary>The ownership connection failed: its locks are gone, so every host stops (its commits get fenced if taken over).</summary>
    private async Task ResetAsync()
    {
        var lost = hosts.Hosted;
        if (lost.Count > 0)
        {
            PostgresLog.Lost(logger, SiloId, Format(lost));
            await hosts.RemoveAsync(lost).ConfigureAwait(false);
        }

        if (_connection is { } connection)
        {
            _connection = null;
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    private static string Format(IEnumerable<int> partitions) => string.Join(',', partitions.Order());
}
