using ExperienceGrid.Contracts;
using ExperienceGrid.Domain;
using ExperienceGrid.Domain.Signals;

namespace ExperienceGrid.Silo.Grains;

/// <summary>Turns the model's follow-up and WOW signals into what the venue keeps until someone marks it done.</summary>
public static class FollowUps
{
    public static FollowUp From(CustomerState customer, string displayName, FollowUpTask task, string sourceId) =>
        new("", FollowUp.Care, customer.CustomerId, displayName, customer.Loyalty.Tier.ToString(), task.VenueId, Zone: null, task.At,
            task.Reason, Touchpoint: null, [.. task.Unrecovered.Select(m => m.Kind)], Suggestions: [], sourceId);

    public static FollowUp From(CustomerState customer, string displayName, WowOpportunity wow, string sourceId) =>
        new("", FollowUp.Wow, customer.CustomerId, displayName, customer.Loyalty.Tier.ToString(), wow.VenueId, wow.Zone, wow.At,
            wow.Reason, wow.Touchpoint, Unrecovered: [], wow.Suggestions, sourceId);

    /// <summary>The floor's view of a WOW opportunity (the floor hub's <c>wowOpportunity</c>).</summary>
    public static WowView ToWowView(FollowUp wow) =>
        new(wow.CustomerId, wow.DisplayName, wow.Tier, wow.VenueId, wow.Zone, wow.Reason, wow.Suggestions, wow.At, wow.TriggerEventId);
}
