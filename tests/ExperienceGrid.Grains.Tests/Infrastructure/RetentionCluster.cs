namespace ExperienceGrid.Grains.Tests.Infrastructure;

/// <summary>
/// Eager venue writes. Retention keeps its default (400 days): the tests' guests are made inactive by touchpoints of
/// over 400 days ago, so the real clock sweeps them.
/// </summary>
public sealed class RetentionCluster() : GridCluster(new GridTestSettings(
    VenueWriteInterval: TimeSpan.FromMilliseconds(200),
    DeliveryRetryInterval: TimeSpan.FromMilliseconds(300),
    ClaimTimeout: TimeSpan.FromMinutes(5)));
