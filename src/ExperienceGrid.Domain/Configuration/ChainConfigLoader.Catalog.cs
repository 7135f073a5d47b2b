using System.Text.Json;

namespace ExperienceGrid.Domain.Configuration;

public static partial class ChainConfigLoader
{
    /// <summary>Intensity of fixed moments and explicit outcomes when the catalog gives none.</summary>
    public const double DefaultIntensity = 0.6;

    private static List<TouchpointDefinition> ReadTouchpoints(JsonElement root, ConfigReader reader)
    {
        var definitions = new List<TouchpointDefinition>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var items = reader.Array(root, "", "touchpoints", minCount: 1);
        foreach (var (item, path) in items)
        {
            if (IsObject(reader, item, path) && ReadTouchpoint(item, path, reader) is { } definition
                && IsUnique(reader, seen, definition.Kind, path, "touchpoint kind"))
            {
                definitions.Add(definition);
            }
        }
        if (root.TryGetProperty("touchpoints", out var catalog) && catalog.ValueKind == JsonValueKind.Array)
        {
            foreach (var required in new[] { VisitStartKind, VisitEndKind })
            {
                var found = items.FirstOrDefault(i => i.Item.ValueKind == JsonValueKind.Object
                    && i.Item.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String && k.GetString() == required);
                var definition = definitions.Find(d => d.Kind == required);
                if (found.Path is null)
                {
                    reader.Problem("touchpoints", $"missing required kind '{required}'");
                }
                else if (definition is { IsMarker: false })
                {
                    reader.Problem(ConfigReader.Join(found.Path, "role"), $"'{required}' must have role 'marker'");
                }
            }
        }
        return definitions;
    }

    private static TouchpointDefinition? ReadTouchpoint(JsonElement item, string path, ConfigReader reader)
    {
        reader.OnlyFields(item, path, "kind", "name", "stage", "dimension", "role", "unit", "thresholds", "moment", "intensity", "antiPattern");
        var kind = reader.String(item, path, "kind");
        var name = reader.String(item, path, "name", required: false)?.Trim();
        var stage = reader.Enum<JourneyStage>(item, path, "stage");
        var dimension = reader.Enum<Dimension>(item, path, "dimension");
        var role = item.TryGetProperty("role", out _) ? reader.Enum<TouchpointRole>(item, path, "role") : TouchpointRole.Moment;
        var unit = reader.String(item, path, "unit", required: false);
        var thresholds = reader.Object(item, path, "thresholds", required: false) is { } t
            ? ReadThresholds(t, ConfigReader.Join(path, "thresholds"), reader)
            : null;
        var moment = reader.Enum<MomentKind>(item, path, "moment", required: false);
        var intensity = reader.Number(item, path, "intensity", 0, 1, minExclusive: false, required: false);
        var antiPattern = reader.Enum<AntiPattern>(item, path, "antiPattern", required: false);

        if (role == TouchpointRole.Marker)
        {
            foreach (var field in new[] { "thresholds", "moment", "intensity", "antiPattern" })
            {
                if (item.TryGetProperty(field, out _))
                {
                    reader.Problem(ConfigReader.Join(path, field), "a marker is never a moment, so it cannot have this field");
                }
            }
        }
        if (item.TryGetProperty("thresholds", out _) && item.TryGetProperty("moment", out _))
        {
            reader.Problem(ConfigReader.Join(path, "moment"), "a measured kind (with thresholds) cannot also have a fixed moment");
        }
        if (role == TouchpointRole.Recovery && moment == MomentKind.Misery)
        {
            reader.Problem(ConfigReader.Join(path, "moment"), "a recovery cannot be a misery");
        }

        if (kind is null || stage is null || dimension is null || role is null)
        {
            return null;
        }
        return new TouchpointDefinition(kind, stage.Value, dimension.Value, role.Value, thresholds, moment,
            intensity ?? DefaultIntensity, antiPattern, unit, name ?? ChainLabels.Humanize(kind));
    }

    private static MeasuredThresholds? ReadThresholds(JsonElement t, string path, ConfigReader reader)
    {
        reader.OnlyFields(t, path, "direction", "wow", "misery", "deepMisery", "best");
        var direction = t.TryGetProperty("direction", out _)
            ? reader.Enum<ThresholdDirection>(t, path, "direction")
            : ThresholdDirection.LowerIsBetter;
        var wow = reader.Number(t, path, "wow");
        var misery = reader.Number(t, path, "misery");
        var deep = reader.Number(t, path, "deepMisery");
        var best = reader.Number(t, path, "best", required: false);
        if (direction is null || wow is null || misery is null || deep is null)
        {
            return null;
        }

        // Lower-is-better wants best ≤ wow < misery < deepMisery; higher-is-better the mirror.
        var lower = direction == ThresholdDirection.LowerIsBetter;
        var (worse, better) = lower ? ("greater", "less") : ("less", "greater");
        var ok = true;
        if (!(lower ? misery > wow : misery < wow))
        {
            reader.Problem(ConfigReader.Join(path, "misery"), $"must be {worse} than wow ({ConfigReader.Format(wow.Value)})");
            ok = false;
        }
        if (!(lower ? deep > misery : deep < misery))
        {
            reader.Problem(ConfigReader.Join(path, "deepMisery"), $"must be {worse} than misery ({ConfigReader.Format(misery.Value)})");
            ok = false;
        }
        if (best is { } b && (lower ? b > wow : b < wow))
        {
            reader.Problem(ConfigReader.Join(path, "best"), $"must not be {worse} than wow ({ConfigReader.Format(wow.Value)}); best is the {better}-is-better end");
            ok = false;
        }
        var bestValue = best ?? (lower ? Math.Min(0, wow.Value) : wow.Value);
        return ok ? new MeasuredThresholds(direction.Value, wow.Value, misery.Value, deep.Value, bestValue) : null;
    }
}
