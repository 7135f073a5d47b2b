using ExperienceGrid.Contracts;
using ExperienceGrid.Domain;

namespace ExperienceGrid.Silo.Grains;

public static class CustomerViews
{
    public static CustomerView From(CustomerState customer, IReadOnlyList<EndedVisit> endedVisits) => new(
        customer.CustomerId,
        new LoyaltyView(Math.Round(customer.Loyalty.Score, 2), customer.Loyalty.Tier.ToString(), customer.Loyalty.VisitCount),
        customer.TouchpointCount,
        customer.Visit is { } visit
            ? new VisitView(
                visit.VenueId,
                visit.Zone,
                visit.OpenedAt,
                Math.Round(visit.Score, 2),
                visit.Moments,
                visit.Explanation,
                visit.Risk is not null,
                visit.Risk is { } risk ? Math.Round(risk.Priority, 2) : null,
                visit.Risk?.Reasons ?? [],
                visit.Risk?.Actions ?? [],
                visit.Nudge)
            : null,
        endedVisits);
}
