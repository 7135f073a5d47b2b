namespace ExperienceGrid.Silo.Hubs;

/// <summary>A care-team task: the guest left with unrecovered misery.</summary>
public sealed record FollowUpView(string CustomerId, string VenueId, string RegionId, DateTimeOffset At, string Reason, IReadOnlyList<string> Unrecovered);
