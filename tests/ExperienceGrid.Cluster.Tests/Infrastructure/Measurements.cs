using Xunit.Abstractions;

namespace ExperienceGrid.Cluster.Tests.Infrastructure;

/// <summary>Appends measured numbers to artifacts/cluster-tests/measurements.txt (and the test output).</summary>
public static class Measurements
{
    public static void Record(ITestOutputHelper output, string line)
    {
        output.WriteLine(line);
        var path = Path.Combine(Repository.Root, "artifacts", "cluster-tests", "measurements.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.AppendAllText(path, $"{DateTimeOffset.UtcNow:O} {line}{Environment.NewLine}");
    }
}
