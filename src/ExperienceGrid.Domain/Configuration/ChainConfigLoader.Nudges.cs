using System.Text.Json;

namespace ExperienceGrid.Domain.Configuration;

public static partial class ChainConfigLoader
{
    /// <summary>
    /// The optional <c>nudges</c> section; absent means nudges are off. Kinds are checked against the catalog
    /// only when the catalog itself is valid (<paramref name="touchpoints"/> not null), so one bad entry is
    /// reported once, not again as every reference to it.
    /// </summary>
    private static NudgePolicy? ReadNudges(JsonElement root, ConfigReader reader, List<TouchpointDefinition>? touchpoints)
    {
        if (reader.Object(root, "", "nudges", required: false) is not { } obj)
        {
            return NudgePolicy.Off;
        }
        const string Path = "nudges";
        reader.OnlyFields(obj, Path, "fraction", "guestCooldownMinutes", "venueMaxOpen", "careKinds", "watch");
        var fraction = reader.Number(obj, Path, "fraction", 0, 1, minExclusive: true);
        if (fraction >= 1)
        {
            reader.Problem(ConfigReader.Join(Path, "fraction"), "must be less than 1: a nudge comes before the misery threshold");
            fraction = null;
        }
        var cooldown = reader.Number(obj, Path, "guestCooldownMinutes", 0, 24 * 60, minExclusive: false);
        var maxOpen = reader.Number(obj, Path, "venueMaxOpen", 1, 1000, minExclusive: false);
        if (maxOpen is { } m && m != Math.Floor(m))
        {
            reader.Problem(ConfigReader.Join(Path, "venueMaxOpen"), "must be a whole number");
            maxOpen = null;
        }

        var kinds = touchpoints?.ToDictionary(t => t.Kind, StringComparer.Ordinal);
        var careKinds = ReadStrings(reader, obj, Path, "careKinds", minCount: 1);
        for (var i = 0; kinds is not null && i < careKinds.Count; i++)
        {
            var at = $"{Path}.careKinds[{i}]";
            if (!kinds.TryGetValue(careKinds[i], out var care))
            {
                reader.Problem(at, $"unknown touchpoint kind '{careKinds[i]}'");
            }
            else if (care.IsMarker || care.FixedMoment == MomentKind.Misery || care.IsMeasured)
            {
                reader.Problem(at, $"'{careKinds[i]}' must be a care moment: not a marker, not measured, never misery");
            }
        }

        var watches = new List<NudgeWatch>();
        foreach (var (item, path) in reader.Array(obj, Path, "watch", minCount: 1))
        {
            if (IsObject(reader, item, path) && ReadWatch(item, path, reader, kinds) is { } watch)
            {
                if (watches.Any(w => w.Kind == watch.Kind))
                {
                    reader.Problem(ConfigReader.Join(path, "kind"), $"'{watch.Kind}' is watched twice");
                    continue;
                }
                watches.Add(watch);
            }
        }

        return fraction is null || cooldown is null || maxOpen is null
            ? null
            : new NudgePolicy(fraction.Value, TimeSpan.FromMinutes(cooldown.Value), (int)maxOpen.Value, careKinds, watches);
    }

    private static NudgeWatch? ReadWatch(JsonElement item, string path, ConfigReader reader, Dictionary<string, TouchpointDefinition>? kinds)
    {
        reader.OnlyFields(item, path, "kind", "startedBy");
        var kind = reader.String(item, path, "kind");
        var startedBy = reader.String(item, path, "startedBy", required: false);
        var ok = kind is not null;
        if (kinds is null)
        {
            return ok ? new NudgeWatch(kind!, startedBy) : null;
        }
        if (kind is not null && (!kinds.TryGetValue(kind, out var measured)
            || measured.Thresholds is not { Direction: ThresholdDirection.LowerIsBetter } || measured.Unit != "minutes"))
        {
            reader.Problem(ConfigReader.Join(path, "kind"), $"'{kind}' must be a measured lower-is-better kind in minutes");
            ok = false;
        }
        if (startedBy is not null && (!kinds.ContainsKey(startedBy) || startedBy == kind))
        {
            reader.Problem(ConfigReader.Join(path, "startedBy"), startedBy == kind
                ? "a wait cannot be started by the kind that ends it"
                : $"unknown touchpoint kind '{startedBy}'");
            ok = false;
        }
        return ok ? new NudgeWatch(kind!, startedBy) : null;
    }
}
