using System.Text.Json;

namespace ExperienceGrid.LoadGenerator.Faults;

/// <summary>
/// Reads <c>artifacts/cluster/state.json</c> as written by <c>scripts/cluster.sh up N [--frontends M]</c>:
/// <c>{"redis":{…},"clusterId":"…","silos":[{"index":1,"url":"http://127.0.0.1:5101","pid":…}],"frontends":[…]}</c>.
/// </summary>
public static class ClusterState
{
    /// <summary>The silos' URLs by index; empty when the file is missing or holds no silos.</summary>
    public static IReadOnlyDictionary<int, Uri> ReadSilos(string path) => Read(path, "silos");

    /// <summary>The front ends' URLs by index; empty when the file is missing or the cluster runs none.</summary>
    public static IReadOnlyDictionary<int, Uri> ReadFrontends(string path) => Read(path, "frontends");

    private static Dictionary<int, Uri> Read(string path, string kind)
    {
        if (!File.Exists(path))
        {
            return new Dictionary<int, Uri>();
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        if (!document.RootElement.TryGetProperty(kind, out var processes) || processes.ValueKind != JsonValueKind.Array)
        {
            return new Dictionary<int, Uri>();
        }

        return processes.EnumerateArray()
            .Where(s => s.TryGetProperty("index", out _) && s.TryGetProperty("url", out _))
            .ToDictionary(s => s.GetProperty("index").GetInt32(), s => new Uri(s.GetProperty("url").GetString()!));
    }
}
