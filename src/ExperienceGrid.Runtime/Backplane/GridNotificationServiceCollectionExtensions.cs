using Microsoft.Extensions.DependencyInjection;

namespace ExperienceGrid.Runtime.Backplane;

/// <summary>Registration of notification types forwarded by the cluster backplane.</summary>
public static class GridNotificationServiceCollectionExtensions
{
    /// <summary>
    /// In cluster mode, notifications assignable to <typeparamref name="T"/> published on any silo reach the
    /// <see cref="INotificationBus"/> subscribers of every silo. They travel as JSON of <typeparamref name="T"/>
    /// (polymorphic base types keep their derived type) under <paramref name="name"/>, which must be stable.
    /// </summary>
    public static IServiceCollection AddGridNotification<T>(this IServiceCollection services, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        return services.AddSingleton(new NotificationTypeRegistration(name, typeof(T)));
    }
}
