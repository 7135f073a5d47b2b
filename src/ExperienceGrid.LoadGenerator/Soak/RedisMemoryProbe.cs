using StackExchange.Redis;

namespace ExperienceGrid.LoadGenerator.Soak;

/// <summary>Reads Redis' <c>used_memory</c> (<c>INFO memory</c>) at the address the run was given. Connects once, lazily.</summary>
public sealed class RedisMemoryProbe(string address) : IAsyncDisposable
{
    private ConnectionMultiplexer? _redis;

    public async Task ReadAsync(Dictionary<string, double> values, List<string> problems)
    {
        try
        {
            _redis ??= await ConnectionMultiplexer.ConnectAsync(new ConfigurationOptions
            {
                EndPoints = { address },
                AbortOnConnectFail = false,
                AllowAdmin = true, // INFO is an admin command to StackExchange.Redis
                ConnectTimeout = 5_000,
            });
            var server = _redis.GetServer(_redis.GetEndPoints()[0]);
            var memory = (await server.InfoAsync("memory")).SelectMany(g => g).FirstOrDefault(p => p.Key == "used_memory");
            if (long.TryParse(memory.Value, out var bytes))
            {
                values[SoakMeasures.RedisUsed] = bytes / (1024.0 * 1024.0);
            }
            else
            {
                problems.Add($"redis {address}: INFO memory has no used_memory");
            }
        }
        catch (Exception e) when (e is RedisException or RedisCommandException)
        {
            problems.Add($"redis {address}: {e.Message}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }
    }
}
