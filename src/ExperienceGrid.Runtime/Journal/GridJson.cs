using System.Text.Json;

namespace ExperienceGrid.Runtime.Journal;

/// <summary>The one JSON configuration for payloads and snapshots.</summary>
internal static class GridJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
