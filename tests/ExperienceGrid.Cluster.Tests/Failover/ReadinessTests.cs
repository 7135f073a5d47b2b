using System.Diagnostics;
using System.Net;
using ExperienceGrid.Cluster.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ExperienceGrid.Cluster.Tests.Failover;

/// <summary>
/// Readiness on a real silo of the Redis profile: ready with every check passing; the first probes after Redis stops
/// answer 503 saying why (no cached ping), while liveness stays 200; ready again by itself once Redis is back.
/// </summary>
public sealed class ReadinessTests(ITestOutputHelper output) : ClusterTest(output, "ready", 1)
{
    [Fact]
    public async Task Readiness_turns_at_the_first_probe_after_Redis_stops_names_the_cause_and_recovers()
    {
        var (status, ready) = await Client.HealthReportAsync(1, "/health/ready");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["membership", "redis", "storage"], ready.GetProperty("checks").EnumerateObject().Select(c => c.Name).Order());
        Assert.All(ready.GetProperty("checks").EnumerateObject(), c => Assert.Equal("Healthy", c.Value.GetProperty("status").GetString()));

        await Cluster.RedisStopAsync();
        var clock = Stopwatch.StartNew();
        var (healthStatus, health) = await Client.HealthReportAsync(1, "/health");
        var healthAnswered = clock.Elapsed;
        var (readyStatus, report) = await Client.HealthReportAsync(1, "/health/ready");
        var readyAnswered = clock.Elapsed - healthAnswered;
        var (liveStatus, _) = await Client.HealthReportAsync(1, "/health/live");
        Record($"after redis-stop: /health {(int)healthStatus} in {healthAnswered.TotalMilliseconds:0} ms, /health/ready {(int)readyStatus} in {readyAnswered.TotalMilliseconds:0} ms");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, healthStatus);
        Assert.Equal("redis unreachable", health.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.ServiceUnavailable, readyStatus);
        Assert.Equal("Unhealthy", report.GetProperty("status").GetString());
        var redis = report.GetProperty("checks").GetProperty("redis");
        Assert.Equal("Unhealthy", redis.GetProperty("status").GetString());
        Assert.Equal("redis unreachable", redis.GetProperty("description").GetString());
        Assert.Equal("Unhealthy", report.GetProperty("checks").GetProperty("storage").GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, liveStatus);

        await Cluster.RedisStartAsync();
        await Eventually.Until(() => Client.HealthReportAsync(1, "/health/ready"), r => r.Status == HttpStatusCode.OK, TimeSpan.FromSeconds(30),
            "readiness back after Redis started");
    }
}
