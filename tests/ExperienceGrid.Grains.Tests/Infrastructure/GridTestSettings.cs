namespace ExperienceGrid.Grains.Tests.Infrastructure;

/// <summary>The grid options a test cluster runs with: short where a test waits on them, long where it must not fire.</summary>
/// <param name="VenueWriteInterval">How often a venue writes its changed state (Grid:VenueWriteInterval).</param>
/// <param name="DeliveryRetryInterval">How often a customer delivers again what venues have not written (Grid:DeliveryRetryInterval).</param>
/// <param name="ClaimTimeout">When an unclaimed alert escalates (Alerts:ClaimTimeout).</param>
/// <param name="FollowUpDue">When set, a care follow-up's due time after the visit (Chain:FollowUpDue) instead of the chain's.</param>
public sealed record GridTestSettings(TimeSpan VenueWriteInterval, TimeSpan DeliveryRetryInterval, TimeSpan ClaimTimeout, TimeSpan? FollowUpDue = null);
