using System.Globalization;
using System.Text.Json;
using ExperienceGrid.Domain;

namespace ExperienceGrid.LoadGenerator.Http;

/// <summary>Writes touchpoints in the ingestion API's wire format (a JSON array).</summary>
public static class TouchpointJson
{
    public static byte[] Serialize(IReadOnlyList<Touchpoint> touchpoints)
    {
        using var buffer = new MemoryStream(touchpoints.Count * 200);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            foreach (var t in touchpoints)
            {
                json.WriteStartObject();
                json.WriteString("eventId", t.EventId);
                json.WriteString("customerId", t.CustomerId);
                json.WriteString("venueId", t.VenueId);
                json.WriteString("touchpoint", t.Kind);
                json.WriteString("at", t.At.ToString("O", CultureInfo.InvariantCulture));
                if (t.Value is { } value)
                {
                    json.WriteNumber("value", value);
                }

                if (t.Outcome is { } outcome)
                {
                    json.WriteString("outcome", outcome.ToString().ToLowerInvariant());
                }

                if (t.Zone is { } zone)
                {
                    json.WriteString("zone", zone);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return buffer.ToArray();
    }
}
