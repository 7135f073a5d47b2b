using System.Globalization;

namespace ExperienceGrid.Silo.Tests.Infrastructure;

/// <summary>Reads samples out of a Prometheus text exposition (what <c>/metrics</c> answers).</summary>
public static class PrometheusText
{
    /// <summary>The sum of the samples named <paramref name="name"/> that carry every label given (<c>kind="misery"</c>); 0 when none.</summary>
    public static double Sum(string exposition, string name, params string[] labels) =>
        exposition.Split('\n')
            .Where(line => line.StartsWith(name + "{", StringComparison.Ordinal) || line.StartsWith(name + " ", StringComparison.Ordinal))
            .Where(line => labels.All(label => line.Contains(label, StringComparison.Ordinal)))
            .Sum(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture));
}
