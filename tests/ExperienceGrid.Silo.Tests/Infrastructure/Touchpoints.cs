using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ExperienceGrid.Silo.Tests.Infrastructure;

/// <summary>Builds touchpoint JSON for requests and reads customers back.</summary>
public static class Touchpoints
{
    public static string Venue => DemoChain.Config.Venues[0].Id;

    public static JsonObject Make(
        string eventId, string customerId, string kind = "greeting", string? outcome = null, double? value = null, string? venueId = null, DateTimeOffset? at = null)
    {
        var touchpoint = new JsonObject
        {
            ["eventId"] = eventId,
            ["customerId"] = customerId,
            ["venueId"] = venueId ?? Venue,
            ["touchpoint"] = kind,
            ["at"] = (at ?? DateTimeOffset.UtcNow).ToString("O"),
        };
        if (outcome is not null)
        {
            touchpoint["outcome"] = outcome;
        }

        if (value is not null)
        {
            touchpoint["value"] = value;
        }

        return touchpoint;
    }

    /// <summary>
    /// A visit start and two miseries (a "no", a complaint) of <paramref name="customerId"/> at <paramref name="venueId"/>:
    /// repeated misery puts the guest at risk, so the venue raises an alert. Event ids "{customerId}-start", "-no", "-complaint".
    /// </summary>
    public static JsonObject[] AtRiskVisit(string customerId, string venueId, DateTimeOffset? at = null) =>
        [Make($"{customerId}-start", customerId, "visit.start", venueId: venueId, at: at),
         Make($"{customerId}-no", customerId, "staff.said_no", venueId: venueId, at: at),
         Make($"{customerId}-complaint", customerId, "complaint", venueId: venueId, at: at)];

    public static async Task<long> CountApplied(HttpClient client, string customerId)
    {
        using var response = await client.GetAsync($"/api/customers/{customerId}");
        if (!response.IsSuccessStatusCode)
        {
            return 0;
        }

        var customer = await response.Content.ReadFromJsonAsync<JsonElement>();
        return customer.GetProperty("touchpointCount").GetInt64();
    }
}
