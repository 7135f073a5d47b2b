using System.Text.Json.Nodes;

namespace ExperienceGrid.Cluster.Tests.Infrastructure;

/// <summary>Touchpoints of the tests' batches, stamped now.</summary>
public static class Touchpoints
{
    public static JsonObject Event(string eventId, string customerId, string venueId, string kind) => new()
    {
        ["eventId"] = eventId,
        ["customerId"] = customerId,
        ["venueId"] = venueId,
        ["touchpoint"] = kind,
        ["at"] = DateTimeOffset.UtcNow.ToString("O"),
    };

    /// <summary>Two miseries in one visit (said no without an alternative, a complaint): the guest is at risk, an alert is raised.</summary>
    public static JsonArray AtRisk(string guest, string venueId) =>
    [
        Event($"{guest}-start", guest, venueId, "visit.start"),
        Event($"{guest}-no", guest, venueId, "staff.said_no"),
        Event($"{guest}-complaint", guest, venueId, "complaint"),
    ];
}
