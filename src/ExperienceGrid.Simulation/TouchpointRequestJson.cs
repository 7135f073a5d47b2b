using System.Buffers;
using System.Text.Json;
using ExperienceGrid.Domain;

namespace ExperienceGrid.Simulation;

/// <summary>Writes touchpoints in the ingestion API's wire format (POST /api/touchpoints).</summary>
public static class TouchpointRequestJson
{
    /// <summary>One JSON object per touchpoint, one per line: the NDJSON body of a batch.</summary>
    public static byte[] ToNdjson(IEnumerable<Touchpoint> touchpoints)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using var writer = new Utf8JsonWriter(buffer);
        foreach (var touchpoint in touchpoints)
        {
            Write(writer, touchpoint);
            writer.Flush();
            writer.Reset();
            buffer.Write("\n"u8);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public static void Write(Utf8JsonWriter writer, Touchpoint touchpoint)
    {
        writer.WriteStartObject();
        writer.WriteString("eventId", touchpoint.EventId);
        writer.WriteString("customerId", touchpoint.CustomerId);
        writer.WriteString("venueId", touchpoint.VenueId);
        writer.WriteString("touchpoint", touchpoint.Kind);
        writer.WriteString("at", touchpoint.At);
        if (touchpoint.Value is { } value)
        {
            writer.WriteNumber("value", value);
        }

        if (touchpoint.Outcome is { } outcome)
        {
            writer.WriteString("outcome", outcome.ToString().ToLowerInvariant());
        }

        if (touchpoint.Zone is { } zone)
        {
            writer.WriteString("zone", zone);
        }

        if (touchpoint.StaffId is { } staffId)
        {
            writer.WriteString("staffId", staffId);
        }

        writer.WriteEndObject();
    }
}
