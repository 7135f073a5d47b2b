using System.Text;
using System.Text.Json;

namespace ExperienceGrid.Domain.Configuration;

/// <summary>
/// The words people read for the grid's codes, from the chain config so a chain can localise them. Every code
/// has a name: one the config leaves out gets <see cref="Humanize"/>'s.
/// </summary>
/// <param name="AlertStatuses">By status string (<c>raised</c>, <c>claimed</c>, …).</param>
/// <param name="VenueTypes">By the brands' venue type (<c>restaurant</c>, <c>cafe</c>, …).</param>
/// <param name="Tiers">By loyalty tier.</param>
/// <param name="PriorityLevels">Highest first; the last one starts at 0, so every priority has a level.</param>
public sealed record ChainLabels(
    IReadOnlyDictionary<AntiPattern, string> AntiPatterns,
    IReadOnlyDictionary<MomentKind, string> Moments,
    IReadOnlyDictionary<JourneyStage, string> Stages,
    IReadOnlyDictionary<string, string> AlertStatuses,
    IReadOnlyDictionary<string, string> VenueTypes,
    IReadOnlyDictionary<Tier, string> Tiers,
    IReadOnlyList<PriorityLevel> PriorityLevels)
{
    /// <summary>The alert statuses clients see (the Contracts project's <c>AlertStatus</c> strings).</summary>
    public static IReadOnlyList<string> AlertStatusCodes { get; } = ["raised", "claimed", "escalated", "resolved", "expired"];

    /// <summary>
    /// Used when a chain gives no priority levels. Priority is severity (0–1) × customer value (1–3): a gold guest
    /// with one misery (about 0.7 × 2) is urgent, a first-time guest with two miseries (about 0.8 × 1) high.
    /// </summary>
    public static IReadOnlyList<PriorityLevel> DefaultPriorityLevels { get; } =
    [
        new("urgent", "Urgent", 1.2),
        new("high", "High", 0.6),
        new("watch", "Watch", 0),
    ];

    public string NameOf(AntiPattern antiPattern) => AntiPatterns[antiPattern];

    public string NameOf(MomentKind moment) => Moments[moment];

    public string NameOf(JourneyStage stage) => Stages[stage];

    public string NameOf(Tier tier) => Tiers[tier];

    /// <summary>The name of a venue type, or the humanized type when no brand has it.</summary>
    public string VenueTypeName(string venueType) => VenueTypes.TryGetValue(venueType, out var name) ? name : Humanize(venueType);

    /// <summary>The name of an alert status, or the status itself when unknown.</summary>
    public string StatusName(string status) => AlertStatuses.TryGetValue(status, out var name) ? name : status;

    /// <summary>The level a priority falls in (the lowest level for anything below every band).</summary>
    public PriorityLevel LevelOf(double priority) =>
        PriorityLevels.FirstOrDefault(l => priority >= l.From) ?? PriorityLevels[^1];

    /// <summary>The fallback name of a code: <c>queue.wait</c> → "Queue wait", <c>NeedlessTransfer</c> → "Needless transfer".</summary>
    public static string Humanize(string code)
    {
        var words = new StringBuilder(code.Length + 4);
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c is '.' or '_' or '-' or ' ')
            {
                if (words.Length > 0 && words[^1] != ' ')
                {
                    words.Append(' ');
                }
                continue;
            }
            if (char.IsUpper(c) && i > 0 && char.IsLower(code[i - 1]) && words[^1] != ' ')
            {
                words.Append(' ');
            }
            words.Append(words.Length == 0 ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
        }
        return words.ToString().TrimEnd();
    }

    /// <summary>The config and API key of an enum value: its camel-case name (<c>needlessTransfer</c>).</summary>
    public static string KeyOf<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
