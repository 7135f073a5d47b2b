using System.Text.Json;

namespace ExperienceGrid.Silo.Requests;

/// <summary>
/// A small JSON object body that an endpoint reads itself rather than through parameter binding, so that anything
/// malformed is a 400 naming "body" or the field, in every environment, never an exception.
/// </summary>
public sealed class JsonFields
{
    /// <summary>The key of problems with the body as a whole.</summary>
    public const string Body = "body";

    private readonly JsonElement _root;

    private JsonFields(JsonElement root, bool tooLarge, string? bodyProblem)
    {
        _root = root;
        TooLarge = tooLarge;
        if (bodyProblem is not null)
        {
            Errors[Body] = [bodyProblem];
        }
    }

    /// <summary>The body passed the size limit (answer 413).</summary>
    public bool TooLarge { get; }

    /// <summary>Problems keyed by field, or "body" for the body as a whole.</summary>
    public Dictionary<string, string[]> Errors { get; } = [];

    /// <summary>Reads and parses the body; an empty body has no fields.</summary>
    public static async Task<JsonFields> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (await RequestBody.ReadAsync(request, maxBytes, cancellationToken) is not { } body)
        {
            return new JsonFields(default, tooLarge: true, null);
        }

        if (body.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            return new JsonFields(default, false, null);
        }

        if (!JsonText.TryParse(body, out var document, out var problem))
        {
            return new JsonFields(default, false, problem);
        }

        using (document)
        {
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? new JsonFields(document.RootElement.Clone(), false, null)
                : new JsonFields(default, false, "must be a JSON object");
        }
    }

    /// <summary>An optional string field (null when absent or null); a wrong type, non-text or overlong value is a problem.</summary>
    public string? String(string field, int maxLength)
    {
        if (_root.ValueKind != JsonValueKind.Object || !_root.TryGetProperty(field, out var property) || property.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (property.ValueKind != JsonValueKind.String)
        {
            return Problem(field, "must be a string");
        }

        if (!JsonText.TryGetString(property, out var text))
        {
            return Problem(field, JsonText.NotUnicode);
        }

        return text.Length > maxLength ? Problem(field, $"must be at most {maxLength} characters") : text;
    }

    /// <summary>An optional whole number from 0 (null when absent or null); any other value is a problem.</summary>
    public int? Index(string field)
    {
        if (_root.ValueKind != JsonValueKind.Object || !_root.TryGetProperty(field, out var property) || property.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (property.ValueKind == JsonValueKind.Number && property.TryGetInt32(out var number) && number >= 0)
        {
            return number;
        }

        Errors[field] = ["must be a whole number from 0"];
        return null;
    }

    /// <summary>Names <paramref name="field"/> as required when it has no value, and neither it nor the body has another problem.</summary>
    public void Require(string field, string? value)
    {
        if (string.IsNullOrWhiteSpace(value) && !Errors.ContainsKey(field) && !Errors.ContainsKey(Body))
        {
            Errors[field] = [$"{field} is required"];
        }
    }

    private string? Problem(string field, string message)
    {
        Errors[field] = [message];
        return null;
    }
}
