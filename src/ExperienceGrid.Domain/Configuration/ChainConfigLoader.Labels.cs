using System.Text.Json;
using System.Text.RegularExpressions;

namespace ExperienceGrid.Domain.Configuration;

public static partial class ChainConfigLoader
{
    /// <summary>
    /// The optional <c>labels</c> (names of anti-patterns, moments, stages, alert statuses, the brands' venue types
    /// and loyalty tiers) and
    /// <c>priorityLevels</c>; whatever a chain leaves out is named by <see cref="ChainLabels.Humanize"/> or
    /// <see cref="ChainLabels.DefaultPriorityLevels"/>.
    /// </summary>
    private static ChainLabels? ReadLabels(JsonElement root, IReadOnlyList<Brand> brands, ConfigReader reader)
    {
        var labels = reader.Object(root, "", "labels", required: false);
        if (labels is { } obj)
        {
            reader.OnlyFields(obj, "labels", "antiPatterns", "moments", "stages", "alertStatuses", "venueTypes", "tiers");
        }
        var statuses = ReadNames(labels, "alertStatuses", ChainLabels.AlertStatusCodes, reader);
        var venueTypes = ReadNames(labels, "venueTypes", [.. brands.Select(b => b.VenueType).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal)], reader);
        var levels = ReadPriorityLevels(root, reader);
        return levels is null ? null : new ChainLabels(
            ReadEnumNames<AntiPattern>(labels, "antiPatterns", reader),
            ReadEnumNames<MomentKind>(labels, "moments", reader),
            ReadEnumNames<JourneyStage>(labels, "stages", reader),
            statuses,
            venueTypes,
            ReadEnumNames<Tier>(labels, "tiers", reader),
            levels);
    }

    private static Dictionary<T, string> ReadEnumNames<T>(JsonElement? labels, string section, ConfigReader reader)
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        var names = ReadNames(labels, section, [.. values.Select(ChainLabels.KeyOf)], reader);
        return values.ToDictionary(v => v, v => names[ChainLabels.KeyOf(v)]);
    }

    /// <summary>A name for every key: the configured one, else the humanized key.</summary>
    private static Dictionary<string, string> ReadNames(JsonElement? labels, string section, IReadOnlyList<string> keys, ConfigReader reader)
    {
        var names = keys.ToDictionary(k => k, ChainLabels.Humanize, StringComparer.Ordinal);
        if (labels is not { } obj || reader.Object(obj, "labels", section, required: false) is not { } given)
        {
            return names;
        }
        var path = ConfigReader.Join("labels", section);
        reader.OnlyFields(given, path, [.. keys]);
        foreach (var key in keys)
        {
            if (reader.String(given, path, key, required: false) is { } name)
            {
                names[key] = name.Trim();
            }
        }
        return names;
    }

    private static List<PriorityLevel>? ReadPriorityLevels(JsonElement root, ConfigReader reader)
    {
        if (!root.TryGetProperty("priorityLevels", out var given) || given.ValueKind == JsonValueKind.Null)
        {
            return [.. ChainLabels.DefaultPriorityLevels];
        }
        var levels = new List<PriorityLevel>();
        var ok = true;
        foreach (var (item, path) in reader.Array(root, "", "priorityLevels", minCount: 1))
        {
            if (!IsObject(reader, item, path))
            {
                ok = false;
                continue;
            }
            reader.OnlyFields(item, path, "level", "name", "from");
            var level = reader.String(item, path, "level");
            var name = reader.String(item, path, "name");
            var from = reader.Number(item, path, "from", 0, 1000, minExclusive: false);
            if (level is not null && !CssWord().IsMatch(level))
            {
                reader.Problem(ConfigReader.Join(path, "level"), $"'{level}' must be a lower-case word (letters, digits, '-'), as pages use it as a css class");
                level = null;
            }
            else if (level is not null && levels.Any(l => l.Level == level))
            {
                reader.Problem(ConfigReader.Join(path, "level"), $"duplicate level '{level}'");
                level = null;
            }
            else if (from is { } f && levels.Any(l => l.From == f))
            {
                reader.Problem(ConfigReader.Join(path, "from"), $"another level already starts at {ConfigReader.Format(f)}");
                from = null;
            }
            if (level is null || name is null || from is null)
            {
                ok = false;
                continue;
            }
            levels.Add(new PriorityLevel(level, name.Trim(), from.Value));
        }
        if (levels.Count == 0)
        {
            return null; // not an array, empty, or no valid entry: already reported
        }
        if (ok && !levels.Any(l => l.From == 0))
        {
            reader.Problem("priorityLevels", "one level must start at 0 (from: 0) so every alert has a level");
            ok = false;
        }
        return ok ? [.. levels.OrderByDescending(l => l.From)] : null;
    }

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex CssWord();
}
