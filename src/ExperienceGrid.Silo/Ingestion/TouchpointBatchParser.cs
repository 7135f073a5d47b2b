using System.Text.Json;
using ExperienceGrid.Domain;
using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Silo.Requests;
using Microsoft.Extensions.Options;

namespace ExperienceGrid.Silo.Ingestion;

/// <summary>
/// Turns a request body (one JSON object, a JSON array or NDJSON) into touchpoints, or into the
/// full list of problems keyed by item and field (e.g. "[3].venueId"). Never a partial batch.
/// </summary>
public sealed class TouchpointBatchParser(ChainConfig chain, TimeProvider clock, IOptions<IngestionOptions> options)
{
    /// <summary>Parses at most <see cref="IngestionOptions.MaxBatchSize"/> items; one more stops it (the caller answers 413).</summary>
    public TouchpointBatch Parse(ReadOnlyMemory<byte> body, bool ndjson)
    {
        var limits = options.Value;
        var now = clock.GetUtcNow();
        var (earliest, latest) = (now - limits.MaxEventAge, now + TouchpointLimits.MaxAhead);
        var errors = new Dictionary<string, string[]>();
        var touchpoints = new List<Touchpoint>();
        var venueIds = new List<string?>();

        void Add(JsonElement element)
        {
            var reader = new TouchpointReader(chain, element, $"[{venueIds.Count}]", earliest, latest);
            var touchpoint = reader.Read();
            venueIds.Add(reader.VenueId);
            foreach (var (field, message) in reader.Problems)
            {
                errors[field] = errors.TryGetValue(field, out var existing) ? [.. existing, message] : [message];
            }

            if (touchpoint is not null)
            {
                touchpoints.Add(touchpoint);
            }
        }

        foreach (var item in ndjson ? SplitLines(body) : [body])
        {
            if (venueIds.Count > limits.MaxBatchSize)
            {
                break;
            }

            if (!JsonText.TryParse(item, out var document, out var problem))
            {
                errors[ndjson ? $"[{venueIds.Count}]" : "body"] = [problem];
                venueIds.Add(null);
                continue;
            }

            using (document)
            {
                var root = document.RootElement;
                if (!ndjson && root.ValueKind == JsonValueKind.Array)
                {
                    foreach (var element in root.EnumerateArray().Take(limits.MaxBatchSize + 1))
                    {
                        Add(element);
                    }
                }
                else
                {
                    Add(root);
                }
            }
        }

        if (venueIds.Count == 0 && errors.Count == 0)
        {
            errors["body"] = ["no touchpoints: send one JSON object, a JSON array or NDJSON lines"];
        }

        return new TouchpointBatch(errors.Count > 0 ? [] : touchpoints, errors, venueIds.Count, venueIds);
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
