using System.Globalization;
using System.Text;
using System.Text.Json;
using ExperienceGrid.Domain;

namespace ExperienceGrid.Simulation.Tests;

/// <summary>The wire format of POST /api/touchpoints as every client writes it, read back with System.Text.Json.</summary>
public sealed class TouchpointRequestJsonTests
{
    // Every field set, with a sub-second time at a non-zero offset and text that must be escaped.
    private static readonly Touchpoint _full = new(
        EventId: "e-1:a.b_c",
        CustomerId: "c-42 \"Zoë\"",
        VenueId: "blaze-london-shoreditch",
        Kind: "queue.wait",
        At: new DateTimeOffset(2026, 11, 23, 19, 5, 7, TimeSpan.FromHours(1)).AddTicks(1_234_567),
        Value: 14.25,
        Outcome: MomentKind.Misery,
        Zone: "bar",
        StaffId: "s-7",
        Attributes: new Dictionary<string, string> { ["table"] = "12", ["note"] = "line\nbreak" });

    private static readonly Touchpoint _bare = new("e-2", "c-43", "blaze-leeds", "visit.start", new DateTimeOffset(2026, 11, 23, 18, 0, 0, TimeSpan.Zero));

    private static readonly string[] _allFields =
        ["eventId", "customerId", "venueId", "touchpoint", "at", "value", "outcome", "zone", "staffId", "attributes"];

    [Fact]
    public void A_json_array_carries_every_field_and_reads_back_to_the_same_values()
    {
        using var json = JsonDocument.Parse(TouchpointRequestJson.ToJsonArray([_full, _bare]));

        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal(_allFields, items[0].EnumerateObject().Select(p => p.Name));
        AssertSame(_full, Read(items[0]));
        AssertSame(_bare, Read(items[1]));
    }

    [Fact]
    public void Ndjson_carries_every_field_one_object_a_line_and_reads_back_to_the_same_values()
    {
        var text = Encoding.UTF8.GetString(TouchpointRequestJson.ToNdjson([_full, _bare]));

        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        var lines = text[..^1].Split('\n');
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal(_allFields, first.RootElement.EnumerateObject().Select(p => p.Name));
        AssertSame(_full, Read(first.RootElement));
        AssertSame(_bare, Read(second.RootElement));
    }

    [Fact]
    public void Optional_fields_without_a_value_are_left_out()
    {
        using var json = JsonDocument.Parse(TouchpointRequestJson.ToJsonArray([_bare]));

        var names = json.RootElement[0].EnumerateObject().Select(p => p.Name);
        Assert.Equal(["eventId", "customerId", "venueId", "touchpoint", "at"], names);
    }

    [Fact]
    public void No_touchpoints_make_an_empty_array_and_an_empty_ndjson_body()
    {
        Assert.Equal("[]", Encoding.UTF8.GetString(TouchpointRequestJson.ToJsonArray([])));
        Assert.Empty(TouchpointRequestJson.ToNdjson([]));
    }

    [Fact]
    public void Every_outcome_is_written_as_the_api_names_it()
    {
        MomentKind[] outcomes = [MomentKind.Misery, MomentKind.Mediocrity, MomentKind.Wow];

        using var json = JsonDocument.Parse(TouchpointRequestJson.ToJsonArray(outcomes.Select(o => _bare with { Outcome = o })));

        Assert.Equal(["misery", "mediocrity", "wow"], json.RootElement.EnumerateArray().Select(t => t.GetProperty("outcome").GetString()));
    }

    // Reads one object as the ingestion API documents the fields (README's field table).
    private static Touchpoint Read(JsonElement item) => new(
        EventId: item.GetProperty("eventId").GetString()!,
        CustomerId: item.GetProperty("customerId").GetString()!,
        VenueId: item.GetProperty("venueId").GetString()!,
        Kind: item.GetProperty("touchpoint").GetString()!,
        At: DateTimeOffset.Parse(item.GetProperty("at").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.None),
        Value: item.TryGetProperty("value", out var value) ? value.GetDouble() : null,
        Outcome: item.TryGetProperty("outcome", out var outcome) ? Enum.Parse<MomentKind>(outcome.GetString()!, ignoreCase: true) : null,
        Zone: item.TryGetProperty("zone", out var zone) ? zone.GetString() : null,
        StaffId: item.TryGetProperty("staffId", out var staffId) ? staffId.GetString() : null,
        Attributes: item.TryGetProperty("attributes", out var attributes)
            ? attributes.EnumerateObject().ToDictionary(a => a.Name, a => a.Value.GetString()!)
            : null);

    private static void AssertSame(Touchpoint expected, Touchpoint actual)
    {
        // Record equality compares the attributes by reference and times by instant only.
        Assert.Equal(expected with { Attributes = null }, actual with { Attributes = null });
        Assert.True(expected.At.EqualsExact(actual.At), $"at: expected {expected.At:O}, read {actual.At:O}");
        Assert.Equal(expected.Attributes?.OrderBy(a => a.Key), actual.Attributes?.OrderBy(a => a.Key));
    }
}
