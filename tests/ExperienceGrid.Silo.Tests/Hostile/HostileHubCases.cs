using ExperienceGrid.Silo.Tests.Infrastructure;

namespace ExperienceGrid.Silo.Tests.Hostile;

/// <summary>
/// Junk arguments to the floor hub's methods, each with what the refusal must name: the argument when it is missing,
/// far too long or holds control characters; the method when it is not text (SignalR refuses to bind it before the
/// method runs). Lone surrogates are not here: the .NET client sends them as U+FFFD. Keyed by a readable name.
/// </summary>
public static class HostileHubCases
{
    private static readonly Lazy<Dictionary<string, (string Method, object?[] Arguments, string Refusal)>> _all = new(Build);

    public static IReadOnlyDictionary<string, (string Method, object?[] Arguments, string Refusal)> All => _all.Value;

    public static TheoryData<string> Names => [.. All.Keys];

    public static string Venue => DemoChain.Config.Venues[0].Id;

    private static Dictionary<string, (string, object?[], string)> Build()
    {
        var cases = new Dictionary<string, (string, object?[], string)>();
        (string Name, object? Value)[] junk =
        [
            ("null", null), ("a number", 5), ("5,000 characters", new string('x', 5000)), ("a control character", "a\u0001b"), ("blank", "  "),
        ];
        var alert = $"{Venue}:999999";
        foreach (var (name, value) in junk)
        {
            cases[$"JoinVenue venueId {name}"] = ("JoinVenue", [value, null], "venueId");
            cases[$"VenueNudges venueId {name}"] = ("VenueNudges", [value, null], "venueId");
            cases[$"LeaveVenue venueId {name}"] = ("LeaveVenue", [value, null], "venueId");
            cases[$"ClaimAlert alertId {name}"] = ("ClaimAlert", [value], "alertId");
            cases[$"ResolveAlert alertId {name}"] = ("ResolveAlert", [value, "done", null], "alertId");
            if (name != "a control character")
            {
                // An action or note may hold a line break; only its length and presence are checked.
                cases[$"ResolveAlert action {name}"] = ("ResolveAlert", [alert, value, null], "action");
            }

            cases[$"OfferCare venueId {name}"] = ("OfferCare", [value, "n-1", "tea"], "venueId");
            cases[$"OfferCare nudgeId {name}"] = ("OfferCare", [Venue, value, "tea"], "nudgeId");
            cases[$"OfferCare offer {name}"] = ("OfferCare", [Venue, "n-1", value], "offer");
            if (value is not null && name != "blank")
            {
                cases[$"JoinVenue zone {name}"] = ("JoinVenue", [Venue, value], "zone");
            }
        }

        cases["ResolveAlert note a number"] = ("ResolveAlert", [alert, "done", 5], "note");
        cases["ResolveAlert note of 5,000 characters"] = ("ResolveAlert", [alert, "done", new string('n', 5000)], "note");

        // Not text: SignalR cannot bind the argument, so the refusal names the method.
        foreach (var (key, (method, arguments, _)) in cases.Where(c => c.Value.Item2.Any(a => a is int)).ToList())
        {
            cases[key] = (method, arguments, $"'{method}'");
        }

        return cases;
    }
}
