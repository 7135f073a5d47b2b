using ExperienceGrid.Contracts;
using ExperienceGrid.Domain;

namespace ExperienceGrid.Silo.Grains;

public static class Alerts
{
    public static AlertView From(CustomerState customer, string venueId, string? zone, RiskAssessment risk, string displayName, string triggerEventId) => new(
        customer.CustomerId,
        venueId,
        zone,
        customer.Loyalty.Tier.ToString(),
        Math.Round(risk.Priority, 2),
        Math.Round(risk.Severity, 2),
        risk.Reasons,
        [.. risk.AntiPatterns.Select(a => a.ToString())],
        risk.Actions,
        risk.Since,
        Math.Round(risk.CustomerValue, 2),
        displayName,
        [.. customer.Visit?.Moments.Where(m => m.MomentKind == MomentKind.Misery) ?? []],
        triggerEventId);
}
