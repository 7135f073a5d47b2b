using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace ExperienceGrid.Silo.Grid;

/// <summary>
/// A 202 promises the state is durable, which on Redis takes <c>appendonly yes</c> with <c>appendfsync always</c>:
/// says so at start when the server this silo reaches is configured otherwise (or cannot be asked).
/// </summary>
public sealed partial class RedisDurabilityCheck(IOptions<GridOptions> options, ILogger<RedisDurabilityCheck> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var configuration = GridRedis.Options(options.Value.Redis!);
            configuration.AllowAdmin = true;
            await using var redis = await ConnectionMultiplexer.ConnectAsync(configuration);
            var server = redis.GetServer(redis.GetEndPoints()[0]);
            var settings = (await server.ConfigGetAsync("append*")).ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
            var appendOnly = settings.GetValueOrDefault("appendonly", "?");
            var fsync = settings.GetValueOrDefault("appendfsync", "?");
            if (appendOnly != "yes" || fsync != "always")
            {
                LogNotDurable(logger, appendOnly, fsync);
            }
        }
        catch (Exception e) when (e is RedisException or RedisConnectionException or RedisTimeoutException)
        {
            LogUnknown(logger, e.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis runs with appendonly {AppendOnly}, appendfsync {Fsync}: an accepted event can be lost when Redis stops. Run it with --appendonly yes --appendfsync always")]
    private static partial void LogNotDurable(ILogger logger, string appendOnly, string fsync);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read Redis' persistence settings ({Reason}); a 202 is only durable with appendonly yes and appendfsync always")]
    private static partial void LogUnknown(ILogger logger, string reason);
}
