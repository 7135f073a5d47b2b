using ExperienceGrid.Silo.Tests.Infrastructure;

namespace ExperienceGrid.Silo.Tests.Hostile;

/// <summary>
/// Junk arguments to the floor hub's methods, each with the argument the refusal must name: missing, not text,
/// broken Unicode, far too long, or holding control characters. Keyed by a readable name.
/// </summary>
public static class HostileHubCases
{
    private static readonly Lazy<Dictionary<string, (string Method, object?[] Arguments, string Names)>> _all = new(Build);

    public static IReadOnlyDictionary<string, (string Method, object?[] Arguments, string Names)> All => _all.Value;

    public static TheoryData<string> Names => [.. All.Keys];

    public static string Venue => DemoChain.Config.Venues[0].Id;

    private static Dictionary<string, (string, object?[], string)> Build()
    {
        var cases = new Dictionary<string, (string, object?[], string)>();
        (string Name, object? Value)[] junk =
        [
            ("null", null), ("a number", 5), ("a lone surrogate", "\ud800"), ("reversed surrogates", "a\udc00\ud800"),
            ("5,000 characters", new string('x', 5000)), ("a control character", "a\u0001b"), ("blank", "  "),
        ];
        var alert = $"{Venue}:999999";
        foreach (var (name, value) in junk)
        {
            cases[$"JoinVenue venueId {name}"] = ("JoinVenue", [value, null], "venueId");
            cases[$"VenueNudges venueId {name}"] = ("VenueNudges", [value, null], "venueId");
            cases[$"LeaveVenue venueId {name}"] = ("LeaveVenue", [value, null], "venueId");
            cases[$"ClaimAlert alertId {name}"] = ("ClaimAlert", [value], "alertId");
            cases[$"ResolveAlert alertId {name}"] = ("ResolveAlert", [value, "done", null], "alertId");
            cases[$"ResolveAlert action {name}"] = ("ResolveAlert", [alert, value, null], "action");
            cases[$"OfferCare venueId {name}"] = ("OfferCare", [value, "n-1", "tea"], "venueId");
            cases[$"OfferCare nudgeId {name}"] = ("OfferCare", [Venue, value, "tea"], "nudgeId");
            cases[$"OfferCare offer {name}"] = ("OfferCare", [Venue, "n-1", value], "offer");
            if (value is not null && name != "blank")
            {
                cases[$"JoinVenue zone {name}"] = ("JoinVenue", [Venue, value], "zone");
                cases[$"ResolveAlert note {name}"] = ("ResolveAlert", [alert, "done", value], "note");
            }
        }

        return cases;
    }
}
