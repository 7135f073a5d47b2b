using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ExperienceGrid.Domain;
using ExperienceGrid.Domain.Configuration;
using ExperienceGrid.Silo.Requests;

namespace ExperienceGrid.Silo.Ingestion;

/// <summary>
/// Reads one touchpoint object, collecting a problem per bad field instead of stopping at the first. Limits are in
/// <see cref="TouchpointLimits"/>; event times must lie in [<paramref name="earliest"/>, <paramref name="latest"/>].
/// </summary>
public sealed partial class TouchpointReader(ChainConfig chain, JsonElement element, string path, DateTimeOffset earliest, DateTimeOffset latest)
{
    public List<(string Field, string Message)> Problems { get; } = [];

    /// <summary>The venueId as sent, once <see cref="Read"/> ran (null when missing or not text).</summary>
    public string? VenueId { get; private set; }

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
        var venueId = VenueId = RequiredId("venueId");
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
        var zone = OptionalId("zone");
        if (zone is not null && venue is not null && !venue.Zones.Contains(zone))
        {
            Problem("zone", $"unknown zone '{zone}' of venue '{venue.Id}'");
        }

        var staffId = OptionalId("staffId");
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

        return Id(field, property);
    }

    private string? OptionalId(string field) =>
        element.TryGetProperty(field, out var property) && property.ValueKind != JsonValueKind.Null ? Id(field, property) : null;

    private string? Id(string field, JsonElement property)
    {
        var text = Text(field, property);
        if (text is null)
        {
            return null;
        }

        if (text.Length == 0)
        {
            Problem(field, "must be a non-empty string");
            return null;
        }

        if (TouchpointLimits.IdProblem(text) is { } problem)
        {
            Problem(field, problem);
            return null;
        }

        return text;
    }

    // A string's text; wrong types and non-text (lone surrogates, invalid UTF-8) are problems of the field.
    private string? Text(string field, JsonElement property)
    {
        if (property.ValueKind != JsonValueKind.String)
        {
            Problem(field, "must be a string");
            return null;
        }

        if (!JsonText.TryGetString(property, out var text))
        {
            Problem(field, JsonText.NotUnicode);
            return null;
        }

        return text;
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
            Problem("at", $"is more than {TouchpointLimits.MaxAhead.TotalMinutes:0} minutes ahead of the grid's clock");
            return null;
        }

        if (at < earliest)
        {
            Problem("at", $"is older than {earliest:O}, the oldest event time the grid takes (Ingestion:MaxEventAge)");
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

        if (property.ValueKind != JsonValueKind.Number || !property.TryGetDouble(out var value) || !double.IsFinite(value)
            || value < TouchpointLimits.MinValue || value > TouchpointLimits.MaxValue)
        {
            Problem("value", $"must be a number from {TouchpointLimits.MinValue} to {TouchpointLimits.MaxValue:0}");
            return null;
        }

        return value;
    }

    private MomentKind? ReadOutcome()
    {
        if (!element.TryGetProperty("outcome", out var property) || property.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var text = Text("outcome", property);
        MomentKind? outcome = text?.ToLowerInvariant() switch
        {
            "misery" => MomentKind.Misery,
            "mediocrity" => MomentKind.Mediocrity,
            "wow" => MomentKind.Wow,
            _ => null,
        };
        if (text is not null && outcome is null)
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

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var attribute in property.EnumerateObject())
        {
            if (attributes.Count == TouchpointLimits.MaxAttributes)
            {
                Problem("attributes", $"must have at most {TouchpointLimits.MaxAttributes} entries");
                return null;
            }

            if (!JsonText.TryGetName(attribute, out var name) || name.Length is 0 or > TouchpointLimits.MaxAttributeNameLength || TouchpointLimits.HasControl(name))
            {
                Problem("attributes", $"names must be 1 to {TouchpointLimits.MaxAttributeNameLength} characters of text without control characters");
                return null;
            }

            var value = Text($"attributes.{name}", attribute.Value);
            if (value?.Length > TouchpointLimits.MaxAttributeValueLength || (value is not null && TouchpointLimits.HasControl(value)))
            {
                Problem($"attributes.{name}", $"must be at most {TouchpointLimits.MaxAttributeValueLength} characters of text without control characters");
            }
            else if (value is not null)
            {
                attributes[name] = value;
            }
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
