using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace ExperienceGrid.Silo.Requests;

/// <summary>JSON text as the API reads it, refusing what would otherwise throw deep inside a handler.</summary>
public static class JsonText
{
    /// <summary>
    /// Nesting beyond a touchpoint's attributes is never needed; duplicate names would leave it open which value counts.
    /// </summary>
    public static readonly JsonDocumentOptions Options = new() { MaxDepth = 8, AllowDuplicateProperties = false };

    public const string NotUnicode = "must be valid Unicode text (no lone surrogate escapes, valid UTF-8)";

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
