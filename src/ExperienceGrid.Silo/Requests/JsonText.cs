using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace ExperienceGrid.Silo.Requests;

/// <summary>JSON text as the API reads it, refusing what would otherwise throw deep inside a handler.</summary>
public static class JsonText
{
    public const string NotUnicode = "must be valid Unicode text (no lone surrogate escapes, valid UTF-8)";

    /// <summary>
    /// Nesting beyond a touchpoint's attributes is never needed; duplicate names would leave it open which value counts.
    /// </summary>
    public static readonly JsonDocumentOptions Options = new() { MaxDepth = 8, AllowDuplicateProperties = false };

    /// <summary>Parses one JSON value with <see cref="Options"/>; false with the reason when it is not one.</summary>
    public static bool TryParse(ReadOnlyMemory<byte> json, [NotNullWhen(true)] out JsonDocument? document, [NotNullWhen(false)] out string? problem)
    {
        try
        {
            document = JsonDocument.Parse(json, Options);
            problem = null;
            return true;
        }
        catch (JsonException e)
        {
            (document, problem) = (null, $"not valid JSON: {e.Message}");
            return false;
        }
        catch (InvalidOperationException)
        {
            // Checking names for duplicates reads them; a name that is not text (a lone surrogate escape) throws.
            (document, problem) = (null, $"not valid JSON: a property name {NotUnicode}");
            return false;
        }
    }

    /// <summary>
    /// A JSON string's value; false when it is not text: a lone surrogate escape such as "\ud800" or bytes that are not
    /// UTF-8 (the parser lets both through; reading them throws).
    /// </summary>
    public static bool TryGetString(JsonElement element, [NotNullWhen(true)] out string? text)
    {
        try
        {
            text = element.GetString();
            return text is not null;
        }
        catch (InvalidOperationException)
        {
            text = null;
            return false;
        }
    }

    /// <summary>A property's name; false when it is not text (see <see cref="TryGetString"/>).</summary>
    public static bool TryGetName(JsonProperty property, [NotNullWhen(true)] out string? name)
    {
        try
        {
            name = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            name = null;
            return false;
        }
    }
}
