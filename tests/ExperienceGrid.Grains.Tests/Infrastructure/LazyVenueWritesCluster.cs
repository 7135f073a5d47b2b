namespace ExperienceGrid.Grains.Tests.Infrastructure;

/// <summary>
/// Venues write once a minute (the longest the product allows), so within a test a venue holds durably only what a
/// staff command wrote: what it applied from customers lives in memory, and in the customers' outboxes.
/// </summary>
public sealed class LazyVenueWritesCluster() : GridCluster(new GridTestSettings(
    VenueWriteInterval: TimeSpan.FromMinutes(1),
    DeliveryRetryInterval: TimeSpan.FromMilliseconds(300),
    ClaimTimeout: TimeSpan.FromMinutes(10)));
