using System.Text.Json;

namespace ExperienceGrid.LoadGenerator.Faults;

/// <summary>
/// Reads <c>artifacts/cluster/state.json</c> as written by <c>scripts/cluster.sh up N</c>:
/// <c>{"redis":{…},"clusterId":"…","silos":[{"index":1,"url":"http://127.0.0.1:5101","pid":…}]}</c>.
/// </summary>
public static class ClusterState
{
    /// <summary>The silos' URLs by index; empty when the file is missing or holds no silos.</summary>
    public static IReadOnlyDictionary<int, Uri> ReadSilos(string path)
    {
        if (!File.Exists(path))
        {
            return new Dictionary<int, Uri>();
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        if (!document.RootElement.TryGetProperty("silos", out var silos) || silos.ValueKind != JsonValueKind.Array)
        {
            return new Dictionary<int, Uri>();
        }

        return silos.EnumerateArray()
            .Where(s => s.TryGetProperty("index", out _) && s.TryGetProperty("url", out _))
            .ToDictionary(s => s.GetProperty("index").GetInt32(), s => new Uri(s.GetProperty("url").GetString()!));
    }
}
