using System.Text.Json;
using System.Text.Json.Serialization;

namespace ExperienceGrid.LoadGenerator.Reporting;

/// <summary>Writes the report as indented camelCase JSON (the machine-readable result of a run).</summary>
public static class JsonReportWriter
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string ToJson(LoadReport report) => JsonSerializer.Serialize(report, Options);

    public static async Task WriteAsync(LoadReport report, string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllTextAsync(path, ToJson(report), cancellationToken);
    }
}
