using ExperienceGrid.Silo.Grid;
using ExperienceGrid.Silo.Health;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ExperienceGrid.Silo.Hosting;

public static class HealthHostingExtensions
{
    /// <summary>The tag of the checks <c>/health/ready</c> runs (liveness runs none: a process that answers is alive).</summary>
    public const string Ready = "ready";

    // A check that has not answered by then counts as unhealthy: a load balancer's probe must not hang on Redis.
    private static readonly TimeSpan _timeout = TimeSpan.FromSeconds(2);

    /// <summary>
    /// ASP.NET Core health checks for readiness: the silo Active in membership (a front end: reaching an active silo),
    /// its grain storage writable (a silo's only), and with
    /// <see cref="GridOptions.Redis"/> the cluster's Redis answering. Singletons, so each keeps its one connection or gate.
    /// </summary>
    public static IHostApplicationBuilder AddGridHealthChecks(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton<MembershipHealthCheck>();
        services.TryAddSingleton<RedisHealthCheck>();
        var grid = builder.Configuration.GetSection(GridOptions.Section).Get<GridOptions>() ?? new GridOptions();
        var checks = services.AddHealthChecks().Add(Registration<MembershipHealthCheck>("membership"));

        // A front end has no grain storage of its own: the silos' readiness covers theirs.
        if (grid.Role == GridRole.Silo)
        {
            services.TryAddSingleton<StorageHealthCheck>();
            checks.Add(Registration<StorageHealthCheck>("storage"));
        }

        if (grid.Redis is { Length: > 0 })
        {
            checks.Add(Registration<RedisHealthCheck>("redis"));
        }

        return builder;
    }

    private static HealthCheckRegistration Registration<T>(string name)
        where T : IHealthCheck =>
        new(name, sp => sp.GetRequiredService<T>(), HealthStatus.Unhealthy, [Ready], _timeout);
}
