using System.Buffers;
using System.Text.Json;
using ExperienceGrid.Domain;

namespace ExperienceGrid.Simulation;

/// <summary>
/// Writes touchpoints in the ingestion API's wire format (POST /api/touchpoints): the one writer of every client of
/// the grid, so every field of <see cref="Touchpoint"/> reaches the silo.
/// </summary>
public static class TouchpointRequestJson
{
    // A touchpoint of the simulator is about 200 bytes; a buffer sized for that rarely grows.
    private const int BytesPerTouchpoint = 200;

    /// <summary>The touchpoints as one JSON array: the <c>application/json</c> body of a batch.</summary>
    public static byte[] ToJsonArray(IEnumerable<Touchpoint> touchpoints)
    {
        var buffer = new ArrayBufferWriter<byte>(InitialCapacity(touchpoints));
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var touchpoint in touchpoints)
            {
                Write(writer, touchpoint);
            }

            writer.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>One JSON object per touchpoint, one per line: the NDJSON body of a batch.</summary>
    public static byte[] ToNdjson(IEnumerable<Touchpoint> touchpoints)
    {
        var buffer = new ArrayBufferWriter<byte>(InitialCapacity(touchpoints));
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

    /// <summary>One touchpoint as a JSON object; optional fields only when they have a value.</summary>
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

        if (touchpoint.Attributes is { } attributes)
        {
            writer.WriteStartObject("attributes");
            foreach (var (name, text) in attributes)
            {
                writer.WriteString(name, text);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static int InitialCapacity(IEnumerable<Touchpoint> touchpoints) =>
        touchpoints.TryGetNonEnumeratedCount(out var count) ? Math.Max(1, count) * BytesPerTouchpoint : 4096;
}
