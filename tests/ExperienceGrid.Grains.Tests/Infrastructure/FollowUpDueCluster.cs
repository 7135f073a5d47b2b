namespace ExperienceGrid.Grains.Tests.Infrastructure;

/// <summary>Venues write within 200 ms and care follow-ups are due 2 s after the visit ended.</summary>
public sealed class FollowUpDueCluster() : GridCluster(new GridTestSettings(
    VenueWriteInterval: TimeSpan.FromMilliseconds(200),
    DeliveryRetryInterval: TimeSpan.FromMilliseconds(300),
    ClaimTimeout: TimeSpan.FromMinutes(5),
    FollowUpDue: TimeSpan.FromSeconds(2)));
