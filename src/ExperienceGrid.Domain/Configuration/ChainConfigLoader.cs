using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace ExperienceGrid.Domain.Configuration;

/// <summary>
/// Loads and validates a chain configuration from JSON. Every problem is reported with its
/// JSON path (<c>venues[2].regionId: unknown region 'x'</c>), never as a stack trace.
/// </summary>
public static partial class ChainConfigLoader
{
    /// <summary>Kind that opens a visit explicitly; the catalog must define it as a marker.</summary>
    public const string VisitStartKind = "visit.start";

    /// <summary>Kind that closes a visit explicitly; the catalog must define it as a marker.</summary>
    public const string VisitEndKind = "visit.end";

    private static readonly JsonDocumentOptions _documentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>Loads a config or throws <see cref="ChainConfigException"/> listing every problem.</summary>
    public static ChainConfig Load(string json) =>
        TryLoad(json, out var config, out var problems) ? config : throw new ChainConfigException(problems);

    /// <summary>Loads a config; on failure <paramref name="problems"/> lists every problem by path.</summary>
    public static bool TryLoad(string json, [NotNullWhen(true)] out ChainConfig? config, out IReadOnlyList<string> problems)
    {
        config = null;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json ?? "", _documentOptions);
        }
        catch (JsonException ex)
        {
            // Positions are zero-based in JsonException; people count from one.
            var line = (ex.LineNumber ?? 0) + 1;
            var column = (ex.BytePositionInLine ?? 0) + 1;
            problems = [$"$: malformed JSON at line {line}, column {column}: {FirstSentence(ex.Message)}"];
            return false;
        }

        using (document)
        {
            var reader = new ConfigReader();
            config = Read(document.RootElement, reader);
            problems = reader.Problems;
            if (problems.Count > 0)
            {
                config = null;
            }
            return config is not null;
        }
    }

    private static ChainConfig? Read(JsonElement root, ConfigReader reader)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            reader.Problem("", "the configuration must be a JSON object");
            return null;
        }
        reader.OnlyFields(root, "", "id", "name", "brands", "regions", "venues", "touchpoints", "stageWeights",
            "riskPolicy", "tiers", "loyalty", "visits", "nudges",
            "labels", "priorityLevels", "insights");

        var id = reader.String(root, "", "id");
        var name = reader.String(root, "", "name");
        var brands = ReadBrands(root, reader);
        var regions = ReadRegions(root, reader);
        var venues = ReadVenues(root, reader, brands, regions);
        var problemsBeforeCatalog = reader.Problems.Count;
        var touchpoints = ReadTouchpoints(root, reader);
        var catalogOk = reader.Problems.Count == problemsBeforeCatalog;
        var stageWeights = ReadStageWeights(root, reader);
        var risk = ReadRiskPolicy(root, reader);
        var tiers = ReadTiers(root, reader);
        var loyalty = ReadLoyalty(root, reader);
        var visits = ReadVisits(root, reader);
        var nudges = ReadNudges(root, reader, catalogOk ? touchpoints : null);
        var labels = ReadLabels(root, brands, reader);
        var insights = ReadInsights(root, reader, catalogOk ? touchpoints : null);

        if (reader.Problems.Count > 0 || id is null || name is null || risk is null || tiers is null
            || loyalty is null || visits is null || nudges is null || labels is null || insights is null)
        {
            return null;
        }
        return new ChainConfig(id, name, brands, regions, venues, touchpoints, stageWeights, risk, tiers, loyalty, visits, nudges, labels, insights);
    }

    /// <summary>Reports an id seen before, naming where it first appeared.</summary>
    private static bool IsUnique(ConfigReader reader, Dictionary<string, string> seen, string id, string path, string what)
    {
        if (seen.TryGetValue(id, out var first))
        {
            reader.Problem(ConfigReader.Join(path, what == "touchpoint kind" ? "kind" : "id"),
                $"duplicate {what} '{id}' (first defined at {first})");
            return false;
        }
        seen[id] = path;
        return true;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim();
    }
}
