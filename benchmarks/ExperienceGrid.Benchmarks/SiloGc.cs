using System.Globalization;
using System.Net.Http.Headers;

namespace ExperienceGrid.Benchmarks;

/// <summary>
/// The silo's garbage collector as its own <c>/metrics</c> reports it (the .NET runtime's meter): bytes allocated
/// since start and collections by generation. Two readings apart tell what a burst allocated and collected.
/// </summary>
public sealed record SiloGc(double AllocatedBytes, long Gen0, long Gen1, long Gen2)
{
    public static async Task<SiloGc> ReadAsync(HttpClient client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", ChildSilo.ScrapeKey);
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n');
        return new SiloGc(
            Value(lines, "dotnet_gc_heap_total_allocated_bytes_total{"),
            (long)Value(lines, "dotnet_gc_collections_total{", "gc_heap_generation=\"gen0\""),
            (long)Value(lines, "dotnet_gc_collections_total{", "gc_heap_generation=\"gen1\""),
            (long)Value(lines, "dotnet_gc_collections_total{", "gc_heap_generation=\"gen2\""));
    }

    public static SiloGc operator -(SiloGc after, SiloGc before) =>
        new(after.AllocatedBytes - before.AllocatedBytes, after.Gen0 - before.Gen0, after.Gen1 - before.Gen1, after.Gen2 - before.Gen2);

    /// <summary>The sample's value; 0 when the silo has not reported it yet (no collection of that generation so far).</summary>
    private static double Value(string[] lines, string metric, string label = "")
    {
        var line = lines.FirstOrDefault(l => l.StartsWith(metric, StringComparison.Ordinal) && l.Contains(label, StringComparison.Ordinal));
        return line is null ? 0 : double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture);
    }
}
