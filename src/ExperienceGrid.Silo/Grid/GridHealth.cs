using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ExperienceGrid.Silo.Grid;

/// <summary>
/// Whether this silo can take events now: an active cluster member, and in a cluster its Redis answers (grain state
/// lives there, so without it every batch is refused with 503). Redis is pinged at most once a second.
/// </summary>
public sealed class GridHealth(
    IClusterMembershipService membership,
    ILocalSiloDetails silo,
    IOptions<GridOptions> options,
    TimeProvider time) : IAsyncDisposable
{
    private static readonly TimeSpan _pingEvery = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ConnectionMultiplexer? _redis;
    private (DateTimeOffset At, string? Problem) _lastPing = (DateTimeOffset.MinValue, null);

    /// <summary>Null when healthy, else what is wrong.</summary>
    public async Task<string?> ProblemAsync()
    {
        if (membership.CurrentSnapshot.GetSiloStatus(silo.SiloAddress) != SiloStatus.Active)
        {
            return "starting";
        }

        return options.Value.Redis is { Length: > 0 } redis ? await PingAsync(redis) : null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }

        _gate.Dispose();
    }

    private async Task<string?> PingAsync(string redis)
    {
        await _gate.WaitAsync();
        try
        {
            if (time.GetUtcNow() - _lastPing.At < _pingEvery)
            {
                return _lastPing.Problem;
            }

            string? problem = null;
            try
            {
                _redis ??= await ConnectionMultiplexer.ConnectAsync(GridRedis.Options(redis));
                await _redis.GetDatabase().PingAsync();
            }
            catch (Exception e) when (e is RedisException or RedisConnectionException or RedisTimeoutException)
            {
                problem = "redis unreachable";
            }

            _lastPing = (time.GetUtcNow(), problem);
            return problem;
        }
        finally
        {
            _gate.Release();
        }
    }
}
