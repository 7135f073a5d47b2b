using System.Globalization;
using System.Text.Json;

namespace ExperienceGrid.Domain.Configuration;

public static partial class ChainConfigLoader
{
    /// <summary>
    /// The optional "insights" section: shift bands (name, from, to as "HH:mm"), followUpDueMinutes (default 24 h),
    /// followUpTouchpoint (a recovery touchpoint of the catalog; default <c>follow_up.done</c>) and recognition (default on).
    /// </summary>
    private static InsightSettings? ReadInsights(JsonElement root, ConfigReader reader, IReadOnlyList<TouchpointDefinition>? catalog)
    {
        const string path = "insights";
        if (reader.Object(root, "", path, required: false) is not { } obj)
        {
            return new InsightSettings([], InsightSettings.DefaultFollowUpDue, DefaultFollowUpTouchpoint, Recognition: true);
        }

        reader.OnlyFields(obj, path, "shifts", "followUpDueMinutes", "followUpTouchpoint", "recognition");
        List<ShiftBand> shifts = [];
        HashSet<string> names = new(StringComparer.Ordinal);
        foreach (var (item, at) in reader.Array(obj, path, "shifts", 0, required: false))
        {
            reader.OnlyFields(item, at, "name", "from", "to");
            var name = reader.String(item, at, "name");
            var from = Time(item, at, "from", reader);
            var to = Time(item, at, "to", reader);
            if (name is not null && !names.Add(name))
            {
                reader.Problem(ConfigReader.Join(at, "name"), $"shift '{name}' appears twice");
            }
            else if (name == InsightSettings.OutsideShifts)
            {
                reader.Problem(ConfigReader.Join(at, "name"), $"'{name}' names the time outside every shift");
            }
            else if (name is not null && from is not null && to is not null)
            {
                shifts.Add(new ShiftBand(name, from.Value, to.Value));
            }
        }

        var due = reader.Number(obj, path, "followUpDueMinutes", 0, 60 * 24 * 30, minExclusive: true, required: false);
        var touchpoint = reader.String(obj, path, "followUpTouchpoint", required: false) ?? DefaultFollowUpTouchpoint;
        if (catalog is not null && !catalog.Any(t => t.Kind == touchpoint && t.IsRecovery))
        {
            reader.Problem(ConfigReader.Join(path, "followUpTouchpoint"), $"'{touchpoint}' is not a recovery touchpoint of the catalog");
        }

        var recognition = obj.TryGetProperty("recognition", out var flag) ? flag.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => Invalid(reader, ConfigReader.Join(path, "recognition"), "must be true or false"),
        } : true;
        return new InsightSettings(shifts, due is { } minutes ? TimeSpan.FromMinutes(minutes) : InsightSettings.DefaultFollowUpDue, touchpoint, recognition);
    }

    private const string DefaultFollowUpTouchpoint = "follow_up.done";

    private static TimeOnly? Time(JsonElement item, string at, string name, ConfigReader reader)
    {
        var text = reader.String(item, at, name);
        if (text is null)
        {
            return null;
        }

        if (TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            return time;
        }

        reader.Problem(ConfigReader.Join(at, name), $"'{text}' is not a time of day as HH:mm");
        return null;
    }

    private static bool Invalid(ConfigReader reader, string path, string message)
    {
        reader.Problem(path, message);
        return true;
    }
}
