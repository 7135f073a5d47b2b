using System.Text.Json;
using ExperienceGrid.Domain;
using ExperienceGrid.Domain.Configuration;

namespace ExperienceGrid.Silo.Ingestion;

/// <summary>
/// Turns a request body (one JSON object, a JSON array or NDJSON) into touchpoints, or into the
/// full list of problems keyed by item and field (e.g. "[3].venueId"). Never a partial batch.
/// </summary>
public sealed class TouchpointBatchParser(ChainConfig chain, TimeProvider clock)
{
    /// <summary>How far ahead of the silo's clock an event time may be (device clocks drift; a day-ahead time would skew every aggregate).</summary>
    public static readonly TimeSpan MaxAhead = TimeSpan.FromMinutes(5);

    public TouchpointBatch Parse(ReadOnlyMemory<byte> body, bool ndjson)
    {
        var errors = new Dictionary<string, string[]>();
        var touchpoints = new List<Touchpoint>();
        var index = 0;
        foreach (var item in ndjson ? SplitLines(body) : [body])
        {
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(item);
            }
            catch (JsonException e)
            {
                errors[ndjson ? $"[{index}]" : "body"] = [$"not valid JSON: {e.Message}"];
                index++;
                continue;
            }

            using (document)
            {
                var root = document.RootElement;
                if (!ndjson && root.ValueKind == JsonValueKind.Array)
                {
                    foreach (var element in root.EnumerateArray())
                    {
                        Add(element, index++, touchpoints, errors);
                    }
                }
                else
                {
                    Add(root, index++, touchpoints, errors);
                }
            }
        }

        if (index == 0)
        {
            errors["body"] = ["no touchpoints: send one JSON object, a JSON array or NDJSON lines"];
        }

        return errors.Count > 0 ? TouchpointBatch.Invalid(errors, index) : TouchpointBatch.Valid(touchpoints);
    }

    private void Add(JsonElement element, int index, List<Touchpoint> touchpoints, Dictionary<string, string[]> errors)
    {
        var reader = new TouchpointReader(chain, element, $"[{index}]", clock.GetUtcNow() + MaxAhead);
        var touchpoint = reader.Read();
        foreach (var (field, message) in reader.Problems)
        {
            errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];
        }

        if (touchpoint is not null)
        {
            touchpoints.Add(touchpoint);
        }
    }

    private static IEnumerable<ReadOnlyMemory<byte>> SplitLines(ReadOnlyMemory<byte> body)
    {
        var rest = body;
        while (!rest.IsEmpty)
        {
            var end = rest.Span.IndexOf((byte)'\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? ReadOnlyMemory<byte>.Empty : rest[(end + 1)..];
            if (!line.Span.Trim(" \t\r"u8).IsEmpty)
            {
                yield return line;
            }
        }
    }
}
