namespace ExperienceGrid.Domain.Venues;

/// <summary>A "make it WOW now" nudge for floor staff: the argument of the floor hub's <c>wowOpportunity</c>.</summary>
[GenerateSerializer, Immutable, Alias("Contracts.WowView")]
public sealed record WowView(
    [property: Id(0)] string CustomerId,
    [property: Id(1)] string DisplayName,
    [property: Id(2)] string Tier,
    [property: Id(3)] string VenueId,
    [property: Id(4)] string? Zone,
    [property: Id(5)] string Reason,
    [property: Id(6)] IReadOnlyList<string> Suggestions,
    [property: Id(7)] DateTimeOffset At,
    [property: Id(8)] string? TriggerEventId)
{
    /// <summary>The floor's view of a WOW opportunity its venue kept.</summary>
    public static WowView Of(FollowUp wow) =>
        new(wow.CustomerId, wow.DisplayName, wow.Tier, wow.VenueId, wow.Zone, wow.Reason, wow.Suggestions, wow.At, wow.TriggerEventId);
}
