namespace ExperienceGrid.Grains.Tests.Infrastructure;

/// <summary>Venues write within 200 ms and unclaimed alerts escalate after 3 s.</summary>
public sealed class EagerWritesCluster() : GridCluster(new GridTestSettings(
    VenueWriteInterval: TimeSpan.FromMilliseconds(200),
    DeliveryRetryInterval: TimeSpan.FromMilliseconds(300),
    ClaimTimeout: TimeSpan.FromSeconds(3)));
