using System.Text.Json;
using System.Text.RegularExpressions;

namespace ExperienceGrid.Domain.Configuration;

public static partial class ChainConfigLoader
{
    private static List<Brand> ReadBrands(JsonElement root, ConfigReader reader)
    {
        var brands = new List<Brand>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (item, path) in reader.Array(root, "", "brands", minCount: 1))
        {
            if (!IsObject(reader, item, path))
            {
                continue;
            }
            reader.OnlyFields(item, path, "id", "name", "venueType", "positioning", "careGestures", "waitingCare");
            var id = reader.String(item, path, "id");
            var name = reader.String(item, path, "name");
            var venueType = reader.String(item, path, "venueType");
            var positioning = new Dictionary<Dimension, double>();
            if (reader.Object(item, path, "positioning") is { } weights)
            {
                var weightsPath = ConfigReader.Join(path, "positioning");
                reader.OnlyFields(weights, weightsPath, [.. Enum.GetNames<Dimension>().Select(JsonNamingPolicy.CamelCase.ConvertName)]);
                foreach (var dimension in Enum.GetValues<Dimension>())
                {
                    var field = JsonNamingPolicy.CamelCase.ConvertName(dimension.ToString());
                    if (reader.Number(weights, weightsPath, field, 0, 5, minExclusive: true) is { } w)
                    {
                        positioning[dimension] = w;
                    }
                }
            }
            var gestures = ReadStrings(reader, item, path, "careGestures", minCount: 1);
            var waitingCare = item.TryGetProperty("waitingCare", out _) ? ReadStrings(reader, item, path, "waitingCare", minCount: 1) : [];
            // Entries with problems are still kept (the load fails anyway) so references to them
            // do not cascade into "unknown brand" noise.
            if (id is not null && IsUnique(reader, seen, id, path, "brand id"))
            {
                brands.Add(new Brand(id, name ?? "", venueType ?? "", positioning, gestures, waitingCare));
            }
        }
        return brands;
    }

    private static List<Region> ReadRegions(JsonElement root, ConfigReader reader)
    {
        var regions = new List<Region>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (item, path) in reader.Array(root, "", "regions", minCount: 1))
        {
            if (!IsObject(reader, item, path))
            {
                continue;
            }
            reader.OnlyFields(item, path, "id", "name");
            var id = reader.String(item, path, "id");
            var name = reader.String(item, path, "name");
            if (id is not null && IsUnique(reader, seen, id, path, "region id"))
            {
                regions.Add(new Region(id, name ?? ""));
            }
        }
        return regions;
    }

    private static List<Venue> ReadVenues(JsonElement root, ConfigReader reader, List<Brand> brands, List<Region> regions)
    {
        var venues = new List<Venue>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (item, path) in reader.Array(root, "", "venues", minCount: 1))
        {
            if (!IsObject(reader, item, path))
            {
                continue;
            }
            reader.OnlyFields(item, path, "id", "name", "regionId", "brandId", "zones", "timeZone");
            var id = reader.String(item, path, "id");
            var name = reader.String(item, path, "name");
            var regionId = reader.String(item, path, "regionId");
            if (regionId is not null && !regions.Exists(r => r.Id == regionId))
            {
                reader.Problem(ConfigReader.Join(path, "regionId"), $"unknown region '{regionId}'");
            }
            var brandId = reader.String(item, path, "brandId");
            if (brandId is not null && !brands.Exists(b => b.Id == brandId))
            {
                reader.Problem(ConfigReader.Join(path, "brandId"), $"unknown brand '{brandId}'");
            }
            var zones = ReadStrings(reader, item, path, "zones", minCount: 1);
            var timeZone = reader.String(item, path, "timeZone");
            // Checked by shape, not against the machine's tz database: the domain does no I/O and
            // a config must validate the same everywhere.
            if (timeZone is not null && !TimeZonePattern().IsMatch(timeZone))
            {
                reader.Problem(ConfigReader.Join(path, "timeZone"), $"'{timeZone}' is not an IANA time zone id such as 'Europe/London'");
            }
            if (id is not null && IsUnique(reader, seen, id, path, "venue id") && name is not null && regionId is not null
                && brandId is not null && timeZone is not null)
            {
                venues.Add(new Venue(id, name, regionId, brandId, zones, timeZone));
            }
        }
        return venues;
    }

    /// <summary>A list of distinct, non-empty strings.</summary>
    private static List<string> ReadStrings(ConfigReader reader, JsonElement obj, string path, string name, int minCount)
    {
        var values = new List<string>();
        foreach (var (item, itemPath) in reader.Array(obj, path, name, minCount))
        {
            if (reader.StringValue(item, itemPath) is not { } text)
            {
                continue;
            }
            if (values.Contains(text, StringComparer.Ordinal))
            {
                reader.Problem(itemPath, $"duplicate value '{text}'");
                continue;
            }
            values.Add(text);
        }
        return values;
    }

    private static bool IsObject(ConfigReader reader, JsonElement item, string path)
    {
        if (item.ValueKind == JsonValueKind.Object)
        {
            return true;
        }
        reader.Problem(path, "must be an object");
        return false;
    }

    [GeneratedRegex("^(UTC|Etc/[A-Za-z0-9+-]+|[A-Z][A-Za-z_]+(/[A-Za-z0-9_+-]+)+)$")]
    private static partial Regex TimeZonePattern();
}
