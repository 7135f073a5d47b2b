using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ExperienceGrid.Silo.Grid;

/// <summary>
/// Whether this process can take events now: an active silo or a front end reaching one, and in a cluster its Redis answers (grain state
/// lives there, so without it every batch is refused with 503). Redis is pinged on every ask, never from a cache, so
/// <c>/health</c> and readiness turn the moment Redis stops answering; a ping fails fast while disconnected.
/// </summary>
public sealed class GridHealth(IGridMember member, IOptions<GridOptions> options) : IAsyncDisposable
{
    private readonly SemaphoreSlim _connecting = new(1, 1);
    private ConnectionMultiplexer? _redis;

    /// <summary>Null when healthy, else what is wrong: the membership's problem first, then Redis'.</summary>
    public async Task<string?> ProblemAsync() => await MembershipProblemAsync() ?? await RedisProblemAsync();

    /// <summary>Null while this silo is an active member of its cluster, or this front end reaches one; else what is wrong.</summary>
    public Task<string?> MembershipProblemAsync() => member.ProblemAsync();

    /// <summary>Null when there is no Redis to ask (embedded) or it answers a ping; else "redis unreachable".</summary>
    public async Task<string?> RedisProblemAsync()
    {
        if (options.Value.Redis is not { Length: > 0 } redis)
        {
            return null;
        }

        try
        {
            await (await ConnectAsync(redis)).GetDatabase().PingAsync();
            return null;
        }
        catch (Exception e) when (e is RedisException or RedisConnectionException or RedisTimeoutException)
        {
            return "redis unreachable";
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }

        _connecting.Dispose();
    }

    // One connection for every ask; it reconnects by itself after an outage (AbortOnConnectFail off).
    private async Task<ConnectionMultiplexer> ConnectAsync(string redis)
    {
        if (_redis is { } connected)
        {
            return connected;
        }

        await _connecting.WaitAsync();
        try
        {
            return _redis ??= await ConnectionMultiplexer.ConnectAsync(GridRedis.Options(redis));
        }
        finally
        {
            _connecting.Release();
        }
    }
}
