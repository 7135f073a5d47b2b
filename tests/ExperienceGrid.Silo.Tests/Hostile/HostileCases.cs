using System.Text;
using System.Text.Json.Nodes;
using ExperienceGrid.Silo.Tests.Infrastructure;

namespace ExperienceGrid.Silo.Tests.Hostile;

/// <summary>
/// The hostile requests, generated per endpoint: every text field of every body with every value of
/// <see cref="HostileValues"/>, malformed and wrongly shaped bodies, wrong content types, oversize bodies, odd path
/// segments and query values, and junk at the hubs. Keyed by a readable name.
/// </summary>
public static class HostileCases
{
    private const string Hole = "HOSTILE_VALUE";

    private static readonly Lazy<Dictionary<string, HostileCase>> _all = new(Build);

    public static IReadOnlyDictionary<string, HostileCase> All => _all.Value;

    public static TheoryData<string> Names
    {
        get
        {
            var names = new TheoryData<string>();
            foreach (var name in All.Keys)
            {
                names.Add(name);
            }

            return names;
        }
    }

    private static string Venue => DemoChain.Config.Venues[0].Id;

    private static string UnknownAlert => $"/api/alerts/{Venue}:999999";

    private static Dictionary<string, HostileCase> Build()
    {
        var cases = new Dictionary<string, HostileCase>();
        Ingestion(cases);
        SignIn(cases);
        Resolve(cases);
        Reads(cases);
        Hubs(cases);
        return cases;
    }

    private static void Ingestion(Dictionary<string, HostileCase> cases)
    {
        var post = HttpMethod.Post;
        string[] fields = ["eventId", "customerId", "venueId", "touchpoint", "at", "outcome", "zone", "staffId"];
        foreach (var field in fields)
        {
            foreach (var (name, json, _) in HostileValues.NotText)
            {
                Batch(cases, $"touchpoint {field} as {name}", field, json, $"[1].{field}");
            }

            Batch(cases, $"touchpoint {field} with a NUL", field, HostileValues.Nul, $"[1].{field}");
        }

        foreach (var (name, json, isString) in HostileValues.NotText)
        {
            Batch(cases, $"touchpoint attribute value as {name}", "attributes", Splice("{\"k\":\"" + Hole + "\"}", json), "[1].attributes.k");
            if (isString)
            {
                // Names are compared for duplicates as the body is parsed, so a name that is not text fails the body.
                var key = name.Contains("escape", StringComparison.Ordinal) ? "body" : "[1].attributes";
                Batch(cases, $"touchpoint attribute name as {name}", "attributes", Splice("{\"" + Hole + "\":\"v\"}", json), key);
            }
        }

        // What the fields' documented limits refuse, beyond broken text and wrong types.
        (string Field, string Json)[] limits =
        [
            ("customerId", "\"a/b\""), ("customerId", "\"..\""), ("customerId", "\".\""), ("customerId", "\"a\\\\b\""),
            ("customerId", "\" lead\""), ("customerId", "\"trail \""), ("customerId", "\"tab\\there\""), ("customerId", "\"\""),
            ("customerId", $"\"{new string('c', 129)}\""), ("staffId", "\"a/b\""), ("zone", "\"..\""), ("eventId", "\"has space\""),
            ("value", "-1"), ("value", "-0.5"), ("value", "10000.01"), ("value", "1e308"), ("value", "-1e308"), ("value", "1e400"),
            ("value", "\"5\""), ("value", "true"), ("value", "[]"),
            ("at", "\"2026-11-23T19:00:00\""), ("at", $"\"{DateTimeOffset.UtcNow.AddDays(-30):O}\""), ("at", $"\"{DateTimeOffset.UtcNow.AddDays(1):O}\""),
            ("at", "\"0001-01-01T00:00:00+14:00\""), ("at", "\"9999-12-31T23:59:59-14:00\""), ("at", "\"2026-13-45T99:99:99Z\""),
            ("attributes", "[]"), ("attributes", "\"k=v\""),
            ("attributes", "{" + string.Join(",", Enumerable.Range(0, 33).Select(i => $"\"k{i}\":\"v\"")) + "}"),
            ("attributes", $"{{\"{new string('n', 65)}\":\"v\"}}"),
        ];
        foreach (var (field, json) in limits)
        {
            Batch(cases, $"touchpoint {field} = {Short(json)}", field, HostileValues.Ascii(json), $"[1].{field}");
        }

        Batch(cases, "touchpoint attribute value of 257 characters", "attributes", HostileValues.Ascii($"{{\"k\":\"{new string('v', 257)}\"}}"), "[1].attributes.k");
        Batch(cases, "touchpoint attributes nested past the depth limit", "attributes", HostileValues.Ascii(new string('[', 10) + new string(']', 10)), "body");

        foreach (var (name, body) in HostileValues.Malformed)
        {
            cases[$"touchpoints body: {name}"] = new HostileCase(post, "/api/touchpoints", body, ErrorKey: "body");
        }

        foreach (var (name, body) in HostileValues.NotObjects)
        {
            cases[$"touchpoints body: {name}"] = new HostileCase(post, "/api/touchpoints", body, ErrorKey: name == "an empty array" ? "body" : "[0]");
        }

        cases["touchpoints body: empty"] = new HostileCase(post, "/api/touchpoints", [], ErrorKey: "body");
        cases["touchpoints body: whitespace"] = new HostileCase(post, "/api/touchpoints", HostileValues.Ascii(" \r\n\t "), ErrorKey: "body");
        cases["touchpoints body: an array of arrays"] = new HostileCase(post, "/api/touchpoints", HostileValues.Ascii("[[]]"), ErrorKey: "[0]");
        cases["touchpoints as text/plain junk"] = new HostileCase(post, "/api/touchpoints", HostileValues.Ascii("{"), "text/plain", ErrorKey: "body");
        cases["touchpoints as a form"] = new HostileCase(post, "/api/touchpoints", HostileValues.Ascii("a=b"), "application/x-www-form-urlencoded", ErrorKey: "body");
        cases["touchpoints as multipart junk"] = new HostileCase(post, "/api/touchpoints", HostileValues.Ascii("--x\r\n\r\n{\r\n--x--"), "multipart/form-data; boundary=x", ErrorKey: "body");
        cases["touchpoints as UTF-16 JSON"] = new HostileCase(post, "/api/touchpoints", Encoding.Unicode.GetBytes("[]"), "application/json; charset=utf-16", ErrorKey: "body");

        var customer = "hx-ndjson";
        var valid = Item("hx-ndjson-0", customer).ToJsonString();
        cases["ndjson: an unclosed line"] = new HostileCase(post, "/api/touchpoints", HostileValues.Ascii($"{valid}\n{{\n"), "application/x-ndjson", ErrorKey: "[1]", Unapplied: customer);
        cases["ndjson: an array line"] = new HostileCase(post, "/api/touchpoints", HostileValues.Ascii($"{valid}\r\n[{valid}]\r\n"), "application/x-ndjson", ErrorKey: "[1]", Unapplied: customer);
        cases["ndjson: a null line"] = new HostileCase(post, "/api/touchpoints", HostileValues.Ascii($"{valid}\nnull"), "application/x-ndjson", ErrorKey: "[1]", Unapplied: customer);
        cases["ndjson: blank lines only"] = new HostileCase(post, "/api/touchpoints", HostileValues.Ascii("\n\r\n \n"), "application/x-ndjson", ErrorKey: "body");
        cases["ndjson: a lone surrogate in a line"] = new HostileCase(
            post, "/api/touchpoints", HostileValues.Ascii($"{valid}\n{valid.Replace("hx-ndjson-0", "hx-ndjson-\\ud800", StringComparison.Ordinal)}"),
            "application/x-ndjson", ErrorKey: "[1].eventId", Unapplied: customer);

        var oversize = new JsonArray([.. Enumerable.Range(0, 2000).Select(i => (JsonNode)Item($"hx-big-{i}", "hx-big"))]);
        cases["touchpoints: a body over Ingestion:MaxBodyBytes"] = new HostileCase(post, "/api/touchpoints", Encoding.UTF8.GetBytes(oversize.ToJsonString()), Status: 413, Unapplied: "hx-big");
        cases["touchpoints: more items than Ingestion:MaxBatchSize"] = new HostileCase(
            post, "/api/touchpoints", HostileValues.Ascii("[" + string.Join(",", Enumerable.Repeat("{}", HostileSilo.MaxBatchSize + 1)) + "]"), Status: 413);
        cases["ndjson: more lines than Ingestion:MaxBatchSize"] = new HostileCase(
            post, "/api/touchpoints", HostileValues.Ascii(string.Concat(Enumerable.Repeat("{}\n", HostileSilo.MaxBatchSize + 1))), "application/x-ndjson", Status: 413);
        cases["touchpoints without an API key"] = new HostileCase(post, "/api/touchpoints", HostileValues.Ascii("{"), Status: 401, Anonymous: true);
    }

    private static void SignIn(Dictionary<string, HostileCase> cases)
    {
        var post = HttpMethod.Post;
        foreach (var (name, json, _) in HostileValues.NotText)
        {
            cases[$"sign-in user as {name}"] = new HostileCase(post, "/api/auth/token", Splice("{\"user\":\"" + Hole + "\",\"password\":\"demo\"}", json), ErrorKey: "user");
            cases[$"sign-in password as {name}"] = new HostileCase(post, "/api/auth/token", Splice("{\"user\":\"chain.manager\",\"password\":\"" + Hole + "\"}", json), ErrorKey: "password");
        }

        foreach (var (name, body) in HostileValues.Malformed.Concat(HostileValues.NotObjects))
        {
            cases[$"sign-in body: {name}"] = new HostileCase(post, "/api/auth/token", body, ErrorKey: "body");
        }

        cases["sign-in body: empty"] = new HostileCase(post, "/api/auth/token", [], ErrorKey: "user");
        cases["sign-in as a form"] = new HostileCase(post, "/api/auth/token", HostileValues.Ascii("user=chain.manager&password=demo"), "application/x-www-form-urlencoded", ErrorKey: "body");
        cases["sign-in over 16 KiB"] = new HostileCase(post, "/api/auth/token", HostileValues.Ascii($"{{\"user\":\"{new string('u', 20_000)}\"}}"), Status: 413);
    }

    private static void Resolve(Dictionary<string, HostileCase> cases)
    {
        var post = HttpMethod.Post;
        var resolve = $"{UnknownAlert}/resolve";
        foreach (var (name, json, _) in HostileValues.NotText)
        {
            cases[$"resolve action as {name}"] = new HostileCase(post, resolve, Splice("{\"action\":\"" + Hole + "\"}", json), ErrorKey: "action");
            cases[$"resolve note as {name}"] = new HostileCase(post, resolve, Splice("{\"action\":\"done\",\"note\":\"" + Hole + "\"}", json), ErrorKey: "note");
        }

        foreach (var (name, body) in HostileValues.Malformed.Concat(HostileValues.NotObjects))
        {
            cases[$"resolve body: {name}"] = new HostileCase(post, resolve, body, ErrorKey: "body");
        }

        cases["resolve body: empty"] = new HostileCase(post, resolve, [], ErrorKey: "action");
        cases["resolve playbook as text"] = new HostileCase(post, resolve, HostileValues.Ascii("{\"playbook\":\"1\"}"), ErrorKey: "playbook");
        cases["resolve playbook as a fraction"] = new HostileCase(post, resolve, HostileValues.Ascii("{\"playbook\":1.5}"), ErrorKey: "playbook");
        cases["resolve playbook beyond int"] = new HostileCase(post, resolve, HostileValues.Ascii("{\"playbook\":1e40}"), ErrorKey: "playbook");
        cases["resolve over 64 KiB"] = new HostileCase(post, resolve, HostileValues.Ascii($"{{\"note\":\"{new string('n', 70_000)}\"}}"), Status: 413);
        cases["claim with a junk body"] = new HostileCase(post, $"{UnknownAlert}/claim", HostileValues.Ascii("{"), Status: 404);
        cases["resolve without a token"] = new HostileCase(post, resolve, HostileValues.Ascii("{"), Status: 401, Anonymous: true);
    }

    private static void Reads(Dictionary<string, HostileCase> cases)
    {
        string[] segments =
        [
            "%00", "a%00b", "%FF", "%C0%AF", "%ED%A0%80", "%E2%82", "%2F", "a%2Fb", "..%2F..%2Fetc%2Fpasswd", "%2e%2e", "%25", "%", "%zz",
            "%E2%80%AE", "%F0%9F%92%A9", "%20", "%0D%0A", new string('x', 4000), "%5C", "con", "*",
        ];
        foreach (var segment in segments)
        {
            var label = Short(segment);
            cases[$"GET customer {label}"] = new HostileCase(HttpMethod.Get, $"/api/customers/{segment}", Status: null);
            cases[$"GET venue {label}"] = new HostileCase(HttpMethod.Get, $"/api/venues/{segment}", Status: null);
            cases[$"GET alerts of venue {label}"] = new HostileCase(HttpMethod.Get, $"/api/alerts?venueId={segment}", Status: null);
            cases[$"GET journey of venue type {label}"] = new HostileCase(HttpMethod.Get, $"/api/journey?venueType={segment}&regionId={segment}&venueId={segment}", Status: null);
            cases[$"claim alert {label}"] = new HostileCase(HttpMethod.Post, $"/api/alerts/{segment}/claim", Status: null);
            cases[$"resolve alert {label}"] = new HostileCase(HttpMethod.Post, $"/api/alerts/{segment}:1/resolve", HostileValues.Ascii("{\"action\":\"done\"}"), Status: null);
            cases[$"GET follow-ups of venue {label}"] = new HostileCase(HttpMethod.Get, $"/api/followups?venueId={segment}", Status: null);
            cases[$"follow-up {label} done"] = new HostileCase(HttpMethod.Post, $"/api/followups/{segment}/done", Status: null);
            cases[$"follow-up {label}:1 done"] = new HostileCase(HttpMethod.Post, $"/api/followups/{segment}:1/done", Status: null);
            cases[$"GET chain with query {label}"] = new HostileCase(HttpMethod.Get, $"/api/chain?venueId={segment}&{segment}={segment}", Status: null);
        }

        // Marking done reads its outcome from the body: junk in one is a 400 before anything is looked up.
        foreach (var (name, body) in HostileValues.Malformed.Concat(HostileValues.NotObjects))
        {
            cases[$"follow-up done with body: {name}"] = new HostileCase(HttpMethod.Post, $"/api/followups/{Venue}:999999/done", body, ErrorKey: "body");
        }

        cases["follow-up done with a 20,000-byte body"] = new HostileCase(HttpMethod.Post, $"/api/followups/{Venue}:999999/done", HostileValues.Ascii(new string('x', 20_000)), "text/plain", ErrorKey: "body");
        cases["follow-up done with an unknown outcome"] = new HostileCase(HttpMethod.Post, $"/api/followups/{Venue}:999999/done", HostileValues.Ascii("{\"outcome\":\"maybe\"}"), ErrorKey: "outcome");
        cases["follow-up done with a numeric outcome"] = new HostileCase(HttpMethod.Post, $"/api/followups/{Venue}:999999/done", HostileValues.Ascii("{\"outcome\":1}"), ErrorKey: "outcome");
        cases["GET follow-ups of an unknown venue"] = new HostileCase(HttpMethod.Get, "/api/followups?venueId=%00", ErrorKey: "venueId");
        cases["GET follow-ups with the venue twice"] = new HostileCase(HttpMethod.Get, $"/api/followups?venueId={Venue}&venueId={Venue}", Status: null);
        cases["GET follow-ups without a token"] = new HostileCase(HttpMethod.Get, "/api/followups", Status: 401, Anonymous: true);
        cases["follow-up done without a token"] = new HostileCase(HttpMethod.Post, $"/api/followups/{Venue}:1/done", Status: 401, Anonymous: true);
        cases["GET chain without a token"] = new HostileCase(HttpMethod.Get, "/api/chain", Status: 401, Anonymous: true);
        cases["GET chain"] = new HostileCase(HttpMethod.Get, "/api/chain", Status: null);

        cases["GET alerts of an unknown venue"] = new HostileCase(HttpMethod.Get, "/api/alerts?venueId=%00", ErrorKey: "venueId");
        cases["GET alerts with the venue twice"] = new HostileCase(HttpMethod.Get, $"/api/alerts?venueId={Venue}&venueId={Venue}", Status: null);
        cases["GET journey of an unknown venue type"] = new HostileCase(HttpMethod.Get, "/api/journey?venueType=%ED%A0%80", ErrorKey: "venueType");
        cases["GET journey with junk query names"] = new HostileCase(HttpMethod.Get, "/api/journey?%00=%FF&&&=&venueType", Status: null);
    }

    private static void Hubs(Dictionary<string, HostileCase> cases)
    {
        foreach (var hub in new[] { "floor", "dashboard" })
        {
            cases[$"{hub} negotiate with a junk body"] = new HostileCase(HttpMethod.Post, $"/hubs/{hub}/negotiate?negotiateVersion=1", HostileValues.Ascii("{"), Status: null);
            cases[$"{hub} negotiate with a junk version"] = new HostileCase(HttpMethod.Post, $"/hubs/{hub}/negotiate?negotiateVersion=abc", Status: null);
            cases[$"{hub} negotiate with a huge version"] = new HostileCase(HttpMethod.Post, $"/hubs/{hub}/negotiate?negotiateVersion=99999999999999999999", Status: null);
            cases[$"{hub} negotiate without a token"] = new HostileCase(HttpMethod.Post, $"/hubs/{hub}/negotiate?negotiateVersion=1", Status: 401, Anonymous: true);
            cases[$"{hub} negotiate with a junk access token"] = new HostileCase(HttpMethod.Post, $"/hubs/{hub}/negotiate?access_token=%FF%00junk", Status: 401, Anonymous: true);
            cases[$"{hub} poll of an unknown connection"] = new HostileCase(HttpMethod.Get, $"/hubs/{hub}?id=%00%FF", Status: null);
            cases[$"{hub} send to an unknown connection"] = new HostileCase(HttpMethod.Post, $"/hubs/{hub}?id=junk", HostileValues.Ascii("{\u001e"), Status: null);
        }
    }

    // [a valid touchpoint of customer hx-N, the same with one field replaced by raw JSON]: the error names [1].field,
    // and the valid first item must not have been applied.
    private static void Batch(Dictionary<string, HostileCase> cases, string name, string field, byte[] json, string errorKey)
    {
        var customer = $"hx-{cases.Count}";
        var hostile = Item($"{customer}-1", customer);
        hostile[field] = Hole;
        var batch = new JsonArray(Item($"{customer}-0", customer), hostile).ToJsonString();
        cases[name] = new HostileCase(HttpMethod.Post, "/api/touchpoints", Splice(batch, json), ErrorKey: errorKey, Unapplied: customer);
    }

    private static JsonObject Item(string eventId, string customer)
    {
        var item = Touchpoints.Make(eventId, customer, "queue.wait", value: 5);
        item["zone"] = DemoChain.Config.Venues[0].Zones.FirstOrDefault();
        item["staffId"] = "s-1";
        item["outcome"] = "misery";
        item["attributes"] = new JsonObject { ["table"] = "4" };
        return item;
    }

    private static byte[] Splice(string json, byte[] value)
    {
        var at = json.IndexOf($"\"{Hole}\"", StringComparison.Ordinal);
        return [.. Encoding.UTF8.GetBytes(json[..at]), .. value, .. Encoding.UTF8.GetBytes(json[(at + Hole.Length + 2)..])];
    }

    private static string Short(string text) => text.Length > 24 ? $"{text[..12]}…({text.Length})" : text;
}
