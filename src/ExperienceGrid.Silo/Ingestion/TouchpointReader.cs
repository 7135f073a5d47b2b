using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ExperienceGrid.Domain;
using ExperienceGrid.Domain.Configuration;

namespace ExperienceGrid.Silo.Ingestion;

/// <summary>Reads one touchpoint object, collecting a problem per bad field instead of stopping at the first.</summary>
public sealed partial class TouchpointReader(ChainConfig chain, JsonElement element, string path, DateTimeOffset latest)
{
    private const int MaxIdLength = 128;

    public List<(string Field, string Message)> Problems { get; } = [];

    public Touchpoint? Read()
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Problem("", "must be a JSON object");
            return null;
        }

        var eventId = RequiredId("eventId");
        if (eventId is not null && !EventIdPattern().IsMatch(eventId))
        {
            Problem("eventId", "may contain only letters, digits and . _ : -");
        }

        var customerId = RequiredId("customerId");
        var venueId = RequiredId("venueId");
        Venue? venue = null;
        if (venueId is not null && !chain.TryGetVenue(venueId, out venue))
        {
            Problem("venueId", $"unknown venue '{venueId}'");
        }

        var kind = RequiredId("touchpoint");
        if (kind is not null && !chain.TryGetTouchpoint(kind, out _))
        {
            Problem("touchpoint", $"unknown touchpoint kind '{kind}'");
        }

        var at = ReadTime();
        var value = ReadValue();
        var outcome = ReadOutcome();
        var zone = OptionalString("zone");
        if (zone is not null && venue is not null && !venue.Zones.Contains(zone))
        {
            Problem("zone", $"unknown zone '{zone}' of venue '{venue.Id}'");
        }

        var staffId = OptionalString("staffId");
        var attributes = ReadAttributes();
        return Problems.Count > 0
            ? null
            : new Touchpoint(eventId!, customerId!, venueId!, kind!, at!.Value, value, outcome, zone, staffId, attributes);
    }

    private string? RequiredId(string field)
    {
        if (!element.TryGetProperty(field, out var property) || property.ValueKind == JsonValueKind.Null)
        {
            Problem(field, "is required");
            return null;
        }

        if (property.ValueKind != JsonValueKind.String || property.GetString() is not { Length: > 0 } text)
        {
            Problem(field, "must be a non-empty string");
            return null;
        }

        if (text.Length > MaxIdLength)
        {
            Problem(field, $"must be at most {MaxIdLength} characters");
        }

        return text;
    }

    private string? OptionalString(string field)
    {
        if (!element.TryGetProperty(field, out var property) || property.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (property.ValueKind != JsonValueKind.String)
        {
            Problem(field, "must be a string");
            return null;
        }

        return property.GetString();
    }

    private DateTimeOffset? ReadTime()
    {
        var text = RequiredId("at");
        if (text is null)
        {
            return null;
        }

        if (!OffsetPattern().IsMatch(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            Problem("at", "must be an ISO-8601 time with an offset, e.g. 2026-11-23T19:05:00+01:00");
            return null;
        }

        if (at > latest)
        {
            Problem("at", $"is more than {TouchpointBatchParser.MaxAhead.TotalMinutes:0} minutes ahead of the grid's clock");
            return null;
        }

        return at;
    }

    private double? ReadValue()
    {
        if (!element.TryGetProperty("value", out var property) || property.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (property.ValueKind != JsonValueKind.Number || !property.TryGetDouble(out var value) || !double.IsFinite(value))
        {
            Problem("value", "must be a finite number");
            return null;
        }

        return value;
    }

    private MomentKind? ReadOutcome()
    {
        var text = OptionalString("outcome");
        if (text is null)
        {
            return null;
        }

        MomentKind? outcome = text.ToLowerInvariant() switch
        {
            "misery" => MomentKind.Misery,
            "mediocrity" => MomentKind.Mediocrity,
            "wow" => MomentKind.Wow,
            _ => null,
        };
        if (outcome is null)
        {
            Problem("outcome", "must be one of misery, mediocrity, wow");
        }

        return outcome;
    }

    private Dictionary<string, string>? ReadAttributes()
    {
        if (!element.TryGetProperty("attributes", out var property) || property.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (property.ValueKind != JsonValueKind.Object)
        {
            Problem("attributes", "must be an object of string values");
            return null;
        }

        var attributes = new Dictionary<string, string>();
        foreach (var attribute in property.EnumerateObject())
        {
            if (attribute.Value.ValueKind != JsonValueKind.String)
            {
                Problem($"attributes.{attribute.Name}", "must be a string");
                continue;
            }

            attributes[attribute.Name] = attribute.Value.GetString()!;
        }

        return attributes;
    }

    private void Problem(string field, string message) =>
        Problems.Add((field.Length == 0 ? path : $"{path}.{field}", message));

    [GeneratedRegex("^[A-Za-z0-9._:-]+$")]
    private static partial Regex EventIdPattern();

    [GeneratedRegex(@"(Z|z|[+-]\d{2}:?\d{2})$")]
    private static partial Regex OffsetPattern();
}
