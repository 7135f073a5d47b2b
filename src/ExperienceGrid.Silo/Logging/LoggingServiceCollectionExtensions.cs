using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Logging;

public static class LoggingServiceCollectionExtensions
{
    /// <summary>Replaces the host's logger factory with one that collapses repeated warnings and errors (<see cref="LogRepeats"/>).</summary>
    public static IServiceCollection AddCollapsedLogRepeats(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<LogRepeats>();
        services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(provider => new CollapsingLoggerFactory(
            new LoggerFactory(
                provider.GetServices<ILoggerProvider>(),
                provider.GetRequiredService<IOptionsMonitor<LoggerFilterOptions>>(),
                provider.GetService<IOptions<LoggerFactoryOptions>>(),
                provider.GetService<IExternalScopeProvider>()),
            provider.GetRequiredService<LogRepeats>())));
        return services;
    }
}
