using System.Net;
using StackExchange.Redis;

namespace ExperienceGrid.Silo.Grid;

/// <summary>How every part of the silo connects to the cluster's Redis (StackExchange.Redis).</summary>
public static class GridRedis
{
    /// <summary>
    /// <see cref="GridOptions.Redis"/> parsed, failing fast while disconnected: by default StackExchange.Redis holds
    /// commands for up to 5 s hoping to reconnect, so during an outage every request hung for seconds before its 503.
    /// </summary>
    public static ConfigurationOptions Options(string redis)
    {
        var options = ConfigurationOptions.Parse(redis);
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.AbortOnConnectFail = false;
        return options;
    }

    /// <summary>The servers of <see cref="GridOptions.Redis"/>, e.g. "127.0.0.1:6379": for messages, without its password or other settings.</summary>
    public static string Servers(string redis) =>
        string.Join(",", ConfigurationOptions.Parse(redis).EndPoints.Select(e => e is DnsEndPoint dns ? $"{dns.Host}:{dns.Port}" : e.ToString()));
}
