using System.Globalization;
using System.Text.Json;

namespace ExperienceGrid.Domain.Configuration;

/// <summary>
/// Reads JSON elements by path and collects problems instead of throwing, so a config reports
/// every mistake at once. Readers return null when a value is missing or wrong.
/// </summary>
internal sealed class ConfigReader
{
    private readonly List<string> _problems = [];

    public IReadOnlyList<string> Problems => _problems;

    public static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    public void Problem(string path, string message) => _problems.Add($"{(path.Length == 0 ? "$" : path)}: {message}");

    /// <summary>Flags fields that are not expected: a typo would otherwise silently use a default.</summary>
    public void OnlyFields(JsonElement obj, string path, params string[] known)
    {
        foreach (var property in obj.EnumerateObject())
        {
            if (!known.Contains(property.Name, StringComparer.Ordinal))
            {
                Problem(Join(path, property.Name), $"unknown field (expected one of: {string.Join(", ", known)})");
            }
        }
    }

    public JsonElement? Object(JsonElement obj, string path, string name, bool required = true)
    {
        var at = Join(path, name);
        if (!Find(obj, at, name, required, out var value))
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.Object)
        {
            Problem(at, $"must be an object, not {Describe(value)}");
            return null;
        }
        return value;
    }

    /// <summary>The items of an array with their paths; empty when missing or not an array.</summary>
    public IReadOnlyList<(JsonElement Item, string Path)> Array(JsonElement obj, string path, string name, int minCount, bool required = true)
    {
        var at = Join(path, name);
        if (!Find(obj, at, name, required, out var value))
        {
            return [];
        }
        if (value.ValueKind != JsonValueKind.Array)
        {
            Problem(at, $"must be an array, not {Describe(value)}");
            return [];
        }
        var items = value.EnumerateArray().Select((item, i) => (item, $"{at}[{i}]")).ToList();
        if (items.Count < minCount)
        {
            Problem(at, $"must have at least {minCount} item{(minCount == 1 ? "" : "s")}");
        }
        return items;
    }

    public string? String(JsonElement obj, string path, string name, bool required = true)
    {
        var at = Join(path, name);
        if (!Find(obj, at, name, required, out var value))
        {
            return null;
        }
        return StringValue(value, at);
    }

    public string? StringValue(JsonElement value, string at)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            Problem(at, $"must be a string, not {Describe(value)}");
            return null;
        }
        var text = value.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            Problem(at, "must not be empty");
            return null;
        }
        return text;
    }

    public double? Number(JsonElement obj, string path, string name, bool required = true)
    {
        var at = Join(path, name);
        if (!Find(obj, at, name, required, out var value))
        {
            return null;
        }
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDouble(out var number) || !double.IsFinite(number))
        {
            Problem(at, $"must be a number, not {Describe(value)}");
            return null;
        }
        return number;
    }

    /// <summary>A number that must lie in a range; reports the range when it does not.</summary>
    public double? Number(JsonElement obj, string path, string name, double min, double max, bool minExclusive, bool required = true)
    {
        var number = Number(obj, path, name, required);
        if (number is { } n && (n > max || n < min || (minExclusive && n == min)))
        {
            var lower = minExclusive ? $"greater than {Format(min)}" : $"at least {Format(min)}";
            Problem(Join(path, name), $"must be {lower} and at most {Format(max)}, not {Format(n)}");
            return null;
        }
        return number;
    }

    /// <summary>Parses an enum by name, ignoring case, '_' and '-' (so <c>followUp</c> and <c>follow_up</c> both work).</summary>
    public T? Enum<T>(JsonElement obj, string path, string name, bool required = true)
        where T : struct, Enum
    {
        var at = Join(path, name);
        var text = String(obj, path, name, required);
        if (text is null)
        {
            return null;
        }
        var normalized = text.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (System.Enum.TryParse<T>(normalized, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed)
            && !normalized.All(char.IsDigit))
        {
            return parsed;
        }
        var allowed = string.Join(", ", System.Enum.GetNames<T>().Select(JsonNamingPolicy.CamelCase.ConvertName));
        Problem(at, $"'{text}' is not one of: {allowed}");
        return null;
    }

    public static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private bool Find(JsonElement obj, string at, string name, bool required, out JsonElement value)
    {
        if (obj.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }
        if (required)
        {
            Problem(at, "is required");
        }
        return false;
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{value.GetString()}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {value.GetRawText()}",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };
}
