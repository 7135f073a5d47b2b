using Xunit.Abstractions;

namespace ExperienceGrid.Cluster.Tests.Infrastructure;

/// <summary>Writes a measured number to the test output and appends it to artifacts/cluster-measurements.txt.</summary>
public static class Measurements
{
    private static readonly Lock _file = new();

    public static void Record(ITestOutputHelper output, string test, string line)
    {
        output.WriteLine(line);
        var path = Path.Combine(Repository.Root, "artifacts", "cluster-measurements.txt");
        lock (_file)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.AppendAllText(path, $"{DateTimeOffset.UtcNow:yyyy-MM-ddTHH:mm:ssZ} {test}: {line}{Environment.NewLine}");
        }
    }
}
